namespace HipSpine.Engine.Evaluation;

/// <summary>How one labelled case came out.</summary>
public sealed record CaseOutcome(
    string Id,
    string ExpectedUrgency,
    string Urgency,
    bool Acceptable,
    string? ExpectedPatientOnly,
    string UrgencyPatientOnly,
    string? ExpectedGroup,
    IReadOnlyList<string> TopSources,
    IReadOnlyList<string> TopGroups,
    IReadOnlyList<string> FiredRules,
    IReadOnlyList<string> MissingRules)
{
    /// <summary>Less urgent than expected: the one mistake that must never happen.</summary>
    public bool UnderTriaged => Vocabulary.Urgency.Rank(Urgency) > Vocabulary.Urgency.Rank(ExpectedUrgency);

    public bool UnderTriagedPatientOnly =>
        ExpectedPatientOnly is not null && Vocabulary.Urgency.Rank(UrgencyPatientOnly) > Vocabulary.Urgency.Rank(ExpectedPatientOnly);

    /// <summary>More urgent than expected by more than one level (e.g. emergency for a "soon" case).</summary>
    public bool OverTriagedByMoreThanOne => Vocabulary.Urgency.Rank(ExpectedUrgency) - Vocabulary.Urgency.Rank(Urgency) > 1;

    public bool Exact => Urgency == ExpectedUrgency;

    public bool Top1Group => ExpectedGroup is not null && TopGroups.Count > 0 && TopGroups[0] == ExpectedGroup;

    public bool Top3Group => ExpectedGroup is not null && TopGroups.Take(3).Contains(ExpectedGroup);
}

/// <summary>The summary figures of <c>hipspine eval</c>.</summary>
public sealed record EvaluationReport(IReadOnlyList<CaseOutcome> Cases)
{
    public int Count => Cases.Count;
    public IEnumerable<CaseOutcome> UnderTriaged => Cases.Where(c => c.UnderTriaged);
    public IEnumerable<CaseOutcome> UnderTriagedPatientOnly => Cases.Where(c => c.UnderTriagedPatientOnly);
    public double ExactPercent => Percent(c => c.Exact);
    public double AcceptablePercent => Percent(c => c.Acceptable);
    public double OverTriageMoreThanOnePercent => Percent(c => c.OverTriagedByMoreThanOne);
    public double Top1GroupPercent => Percent(c => c.Top1Group);
    public double Top3GroupPercent => Percent(c => c.Top3Group);

    public double PatientOnlyExactPercent =>
        Percent(c => c.ExpectedPatientOnly is null || c.UrgencyPatientOnly == c.ExpectedPatientOnly);

    private double Percent(Func<CaseOutcome, bool> predicate) =>
        Cases.Count == 0 ? 0 : 100.0 * Cases.Count(predicate) / Cases.Count;
}
