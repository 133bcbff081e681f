namespace HipSpine.Data;

/// <summary>One diary entry of a plan; several a day are fine. Optional fields are null when not given.</summary>
public sealed class DiaryEntry
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    /// <summary>The time the person gave (their own clock), stored as entered with a UTC kind.</summary>
    public DateTime At { get; set; }

    /// <summary>The IANA time zone <see cref="At"/> was given in (from the browser, e.g. "Europe/Berlin"); null for older entries (UTC).</summary>
    public string? TimeZone { get; set; }

    public int Pain { get; set; }

    public int? Stiffness { get; set; }

    public int? StiffnessMinutes { get; set; }

    public int? SleepQuality { get; set; }

    public double? SleepHours { get; set; }

    public string? Activity { get; set; }

    public int? ActivityMinutes { get; set; }

    public string? Medication { get; set; }

    public string? Notes { get; set; }

    /// <summary>Warning signs ticked in a check-in (finding codes, comma-separated); null for a plain entry.</summary>
    public string? NewWarningSigns { get; set; }

    public List<ExerciseLog> Exercises { get; set; } = [];
}

/// <summary>A plan exercise done in a diary entry.</summary>
public sealed class ExerciseLog
{
    public Guid Id { get; set; }

    public Guid DiaryEntryId { get; set; }

    /// <summary>The exercise id in <c>knowledge/exercises/</c>.</summary>
    public string ExerciseId { get; set; } = "";

    public int? Sets { get; set; }

    public int? Reps { get; set; }

    public int? PainDuring { get; set; }

    /// <summary>Back to usual by the next morning: <c>yes</c>, <c>no</c> or <c>not_yet</c>.</summary>
    public string NextMorning { get; set; } = NextMorningNotYet;

    public const string NextMorningYes = "yes";
    public const string NextMorningNo = "no";
    public const string NextMorningNotYet = "not_yet";
}
