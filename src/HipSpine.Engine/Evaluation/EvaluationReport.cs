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
    /// <summary>The acceptable levels of the case (the gold level first).</summary>
    public IReadOnlyList<string> AcceptableUrgency { get; init; } = [ExpectedUrgency];

    /// <summary>The gold source and the probability the full case gave it (null when the case names none).</summary>
    public string? ExpectedSource { get; init; }

    public double? GoldSourceProbability { get; init; }

    /// <summary>Every source's probability for the full case, by source id (for the Brier score and reliability).</summary>
    public IReadOnlyDictionary<string, double> Probabilities { get; init; } = new Dictionary<string, double>();

    /// <summary>The source groups a fired rule says must be ruled out (full case).</summary>
    public IReadOnlyList<string> RuleOutGroups { get; init; } = [];

    /// <summary>Top three source groups with the patient's answers only.</summary>
    public IReadOnlyList<string> TopGroupsPatientOnly { get; init; } = [];

    /// <summary>Less urgent than every acceptable level: unsafe.</summary>
    public bool Unsafe => AcceptableUrgency.All(a => Vocabulary.Urgency.Rank(Urgency) > Vocabulary.Urgency.Rank(a));

    /// <summary>Patient answers only: less urgent than the patient-only level and every acceptable level.</summary>
    public bool UnsafePatientOnly =>
        AcceptableUrgency.Append(ExpectedPatientOnly ?? ExpectedUrgency).All(a => Vocabulary.Urgency.Rank(UrgencyPatientOnly) > Vocabulary.Urgency.Rank(a));

    public bool Top1GroupPatientOnly => ExpectedGroup is not null && TopGroupsPatientOnly.Count > 0 && TopGroupsPatientOnly[0] == ExpectedGroup;

    public bool Top3GroupPatientOnly => ExpectedGroup is not null && TopGroupsPatientOnly.Take(3).Contains(ExpectedGroup);

    /// <summary>The gold group is in the top three or among the sources to rule out.</summary>
    public bool GroupNamed => Top3Group || (ExpectedGroup is not null && RuleOutGroups.Contains(ExpectedGroup));

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
    public IEnumerable<CaseOutcome> Unsafe => Cases.Where(c => c.Unsafe);
    public IEnumerable<CaseOutcome> UnsafePatientOnly => Cases.Where(c => c.UnsafePatientOnly);
    public double Top1GroupPatientOnlyPercent => Percent(c => c.Top1GroupPatientOnly);
    public double Top3GroupPatientOnlyPercent => Percent(c => c.Top3GroupPatientOnly);
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
