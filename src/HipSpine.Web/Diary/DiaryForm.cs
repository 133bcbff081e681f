using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;

namespace HipSpine.Web.Diary;

/// <summary>One plan exercise on the diary form: ticked when done, with how it went.</summary>
public sealed class ExerciseForm
{
    public string ExerciseId { get; set; } = "";

    public bool Done { get; set; }

    public int? Sets { get; set; }

    public int? Reps { get; set; }

    public int? PainDuring { get; set; }

    public string? NextMorning { get; set; }
}

/// <summary>The diary entry form, bound as <c>Form.*</c>; validated here, then copied onto the entity.</summary>
public sealed class DiaryForm
{
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public string? At { get; set; }

    public int? Pain { get; set; }

    public int? Stiffness { get; set; }

    public int? StiffnessMinutes { get; set; }

    public int? SleepQuality { get; set; }

    public double? SleepHours { get; set; }

    public string? Activity { get; set; }

    public int? ActivityMinutes { get; set; }

    public string? Medication { get; set; }

    public string? Notes { get; set; }

    public List<ExerciseForm> Exercises { get; set; } = [];

    public static string FormatTime(DateTime at) => at.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A blank form at the given time with a row for each exercise offered.</summary>
    public static DiaryForm New(DateTime now, IEnumerable<ExerciseKnowledge> offered) => new()
    {
        At = FormatTime(now),
        Exercises = offered.Select(e => new ExerciseForm { ExerciseId = e.Id }).ToList(),
    };

    /// <summary>A stored entry on the form, plus rows for offered exercises it does not mention.</summary>
    public static DiaryForm From(DiaryEntry e, IEnumerable<ExerciseKnowledge> offered)
    {
        ArgumentNullException.ThrowIfNull(e);
        var rows = e.Exercises.Select(x => new ExerciseForm
        {
            ExerciseId = x.ExerciseId, Done = true, Sets = x.Sets, Reps = x.Reps, PainDuring = x.PainDuring, NextMorning = x.NextMorning,
        }).ToList();
        rows.AddRange(offered.Where(o => rows.All(r => r.ExerciseId != o.Id)).Select(o => new ExerciseForm { ExerciseId = o.Id }));
        return new DiaryForm
        {
            At = FormatTime(e.At), Pain = e.Pain, Stiffness = e.Stiffness, StiffnessMinutes = e.StiffnessMinutes, SleepQuality = e.SleepQuality,
            SleepHours = e.SleepHours, Activity = e.Activity, ActivityMinutes = e.ActivityMinutes, Medication = e.Medication, Notes = e.Notes, Exercises = rows,
        };
    }

    /// <summary>Every problem, keyed by field id; empty when the form can be saved.</summary>
    public Dictionary<string, string> Validate(IReadOnlySet<string> planExercises, DataLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DateTime.TryParseExact(At, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            errors["at"] = "Enter the date and time of the entry.";
        }
        else if (limits.DateProblem(DateOnly.FromDateTime(at), "date of the entry") is { } problem)
        {
            errors["at"] = problem;
        }

        if (Pain is not (>= 0 and <= 10))
        {
            errors["pain"] = "Enter your pain from 0 (none) to 10 (worst imaginable).";
        }

        Range(errors, "stiffness", Stiffness, 10, "Stiffness is from 0 to 10.");
        Range(errors, "stiffness-minutes", StiffnessMinutes, 1440, "Stiffness minutes are from 0 to 1440.");
        Range(errors, "sleep-quality", SleepQuality, 10, "Sleep quality is from 0 to 10.");
        Range(errors, "activity-minutes", ActivityMinutes, 1440, "Activity minutes are from 0 to 1440.");
        if (SleepHours is { } hours && !(hours is >= 0 and <= 24)) // NaN and infinities fail both comparisons
        {
            errors["sleep-hours"] = "Hours of sleep are from 0 to 24.";
        }

        Text(errors, "activity", Activity, 500);
        Text(errors, "medication", Medication, 500);
        Text(errors, "notes", Notes, 2000);
        for (var i = 0; i < Exercises.Count; i++)
        {
            var x = Exercises[i];
            if (!x.Done)
            {
                continue;
            }

            if (!planExercises.Contains(x.ExerciseId))
            {
                errors[$"ex{i}"] = "That exercise is not in your plan.";
            }

            Range(errors, $"ex{i}-pain", x.PainDuring, 10, "Pain during the exercise is from 0 to 10.");
            Range(errors, $"ex{i}-sets", x.Sets, 20, "Sets are from 0 to 20.");
            Range(errors, $"ex{i}-reps", x.Reps, 200, "Repetitions are from 0 to 200.");
            if (x.NextMorning is not (null or ExerciseLog.NextMorningYes or ExerciseLog.NextMorningNo or ExerciseLog.NextMorningNotYet))
            {
                errors[$"ex{i}-morning"] = "Choose yes, no or not yet.";
            }
        }

        return errors;
    }

    /// <summary>Copies a valid form onto the entry (its exercise logs replaced by the ticked rows).</summary>
    public void ApplyTo(DiaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entry.At = DateTime.SpecifyKind(DateTime.ParseExact(At!, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc);
        entry.Pain = Pain!.Value;
        entry.Stiffness = Stiffness;
        entry.StiffnessMinutes = StiffnessMinutes;
        entry.SleepQuality = SleepQuality;
        entry.SleepHours = SleepHours;
        entry.Activity = Trim(Activity);
        entry.ActivityMinutes = ActivityMinutes;
        entry.Medication = Trim(Medication);
        entry.Notes = Trim(Notes);
        entry.Exercises.Clear();
        entry.Exercises.AddRange(Exercises.Where(x => x.Done).Select(x => new ExerciseLog
        {
            Id = Guid.NewGuid(), DiaryEntryId = entry.Id, ExerciseId = x.ExerciseId, Sets = x.Sets, Reps = x.Reps, PainDuring = x.PainDuring,
            NextMorning = x.NextMorning ?? ExerciseLog.NextMorningNotYet,
        }));
    }

    private static void Range(Dictionary<string, string> errors, string key, int? value, int max, string message)
    {
        if (value is < 0 || value > max)
        {
            errors[key] = message;
        }
    }

    private static void Text(Dictionary<string, string> errors, string key, string? value, int max)
    {
        if (value?.Length > max)
        {
            errors[key] = $"Please keep this under {max} characters.";
        }
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
