using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Evaluation;

/// <summary>What a labelled case expects (format of tests/cases/README.md).</summary>
public sealed record ExpectedOutcome(
    string Urgency,
    IReadOnlyList<string> AcceptableUrgency,
    string? UrgencyPatientOnly,
    string? Source,
    string? Group,
    string? Reason,
    IReadOnlyList<string> Rules);

/// <summary>
/// A labelled case: the full case (patient findings merged with examination findings), the patient-only
/// case, and what is expected of both.
/// </summary>
public sealed record LabelledCase(string Id, string File, AssessmentCase Full, AssessmentCase PatientOnly, ExpectedOutcome Expected);
