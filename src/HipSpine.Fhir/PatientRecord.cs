using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;

namespace HipSpine.Fhir;

/// <summary>Everything HipSpine stores about one patient, as plain data (hosts read it from their database).</summary>
/// <remarks>The patient id (the account's user id) becomes the Patient resource id.</remarks>
public sealed record PatientRecord(
    string PatientId,
    IReadOnlyList<AssessmentRecord> Assessments,
    IReadOnlyList<PainRecord> Pain,
    IReadOnlyList<PlanRecord> Plans);

/// <summary>A stored assessment: the case as answered and the stored result.</summary>
public sealed record AssessmentRecord(Guid Id, DateTimeOffset Created, AssessmentCase Case, AssessmentResult Result);

/// <summary>A pain rating (0-10) from a diary entry.</summary>
public sealed record PainRecord(Guid Id, DateTimeOffset At, int Pain);

/// <summary>A started plan: its exercises (one description each) and the goals of its phases.</summary>
public sealed record PlanRecord(Guid Id, DateOnly Start, IReadOnlyList<string> Exercises, IReadOnlyList<string> Goals);
