using HipSpine.Engine.Assessment;

namespace HipSpine.Reports;

/// <summary>A dated value for the report's charts and tables.</summary>
public sealed record DatedValue(DateOnly Date, double Value);

/// <summary>An answer the person gave, in plain words.</summary>
public sealed record ReportAnswer(string Question, string Answer);

/// <summary>An outcome measure's latest score and what it means.</summary>
public sealed record ReportOutcome(string Measure, double Baseline, double Current, string Meaning);

/// <summary>An exercise of the plan with its dose.</summary>
public sealed record ReportExercise(string Name, string Dosage);

/// <summary>
/// Everything the one-to-two page appointment report shows. Plain data, filled by the web app or the CLI,
/// so the PDF writer knows nothing about storage.
/// </summary>
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
}
