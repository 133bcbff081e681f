namespace HipSpine.Engine.Knowledge;

/// <summary>Source groups that name a condition a clinician has to see to (or rule out).</summary>
internal static class SourceGroups
{
    /// <summary>
    /// Serious groups: their treatment waits until the person has been seen, and their sources must not rest on an
    /// estimate for a finding their own red-flag rule uses.
    /// </summary>
    public static readonly IReadOnlySet<string> Serious = new HashSet<string>(StringComparer.Ordinal)
    {
        "cauda_equina", "infection", "fracture", "malignancy", "vascular_visceral",
    };
}
