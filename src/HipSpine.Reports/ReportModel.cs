using HipSpine.Engine.Assessment;

namespace HipSpine.Reports;

/// <summary>A dated value for the report's charts and tables.</summary>
public sealed record DatedValue(DateOnly Date, double Value);

/// <summary>An answer the person gave, in plain words.</summary>
public sealed record ReportAnswer(string Question, string Answer)
{
    /// <summary>A warning-sign (red-flag) question answered yes: listed first, under its own heading.</summary>
    public bool IsWarningSign { get; init; }

    /// <summary>A "no" (or 0): listed last, briefly, so the answers that matter are read first.</summary>
    public bool IsNegative { get; init; }
}

/// <summary>An outcome measure's latest score and what it means.</summary>
public sealed record ReportOutcome(string Measure, double Baseline, double Current, string Meaning);

/// <summary>An exercise of the plan with its dose.</summary>
public sealed record ReportExercise(string Name, string Dosage);

/// <summary>
/// Everything the one-to-two page appointment report shows. Plain data, filled by the web app or the CLI,
/// so the PDF writer knows nothing about storage.
/// </summary>
/// <remarks><c>PersonLabel</c> is the name the person typed when making the report (not stored), or empty.</remarks>
public sealed record ReportModel(
    string PersonLabel,
    DateTimeOffset Created,
    AssessmentResult Result,
    IReadOnlyList<string> SourceNames,
    IReadOnlyList<ReportAnswer> Answers,
    IReadOnlyList<DatedValue> Pain,
    string PlanPhase,
    IReadOnlyList<ReportExercise> Exercises,
    string Adherence,
    IReadOnlyList<ReportOutcome> Outcomes,
    string? ClinicianNote)
{
    /// <summary>A finding and its value in words ("Passive hip internal rotation (degrees): 10°"); without it, the code.</summary>
    public Func<string, object, string>? FindingWords { get; init; }

    /// <summary>"58 years, female": who the report is about, on the first lines of page 1.</summary>
    public string AgeAndSex { get; init; } = "";

    /// <summary>Where it hurts with the side ("right hip, right groin, low back"); empty when nothing was marked.</summary>
    public IReadOnlyList<string> WhereItHurts { get; init; } = [];
}
