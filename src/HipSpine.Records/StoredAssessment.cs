using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;

namespace HipSpine.Records;

/// <summary>A stored assessment read back: the row, its case and its stored result.</summary>
public sealed record StoredAssessment(SavedAssessment Row, AssessmentCase Case, AssessmentResult Result)
{
    /// <summary>The first version of the assessment: the row itself, or the one a clinician's examined version was made from.</summary>
    public Guid RootId => Row.RootId ?? Row.Id;
}
