using HipSpine.Engine.Conditions;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>The question the interview asks for one finding, and why.</summary>
public sealed record FindingQuestion(
    FindingDefinition Definition,
    string Question,
    string Clinician,
    string Why,
    bool RedFlag,
    Condition? AskIf,
    IReadOnlyDictionary<string, string> ChoiceLabels,
    string? Unit)
{
    public string Code => Definition.Code;
}

/// <summary>A triage rule: when its condition is true, the person should be seen within its urgency.</summary>
public sealed record TriageRule(
    string Id,
    string Name,
    string Urgency,
    int UrgencyRank,
    Condition When,
    string Advice,
    string Explanation,
    string Reference,
    string File);

/// <summary>Pre-test probability for people up to <see cref="MaxAge"/> (bands are tried in order).</summary>
public sealed record PriorBand(int MaxAge, double Probability);

/// <summary>A mechanism a source maps to; shown only when <see cref="When"/> is absent or true.</summary>
public sealed record MechanismLink(string Id, Condition? When);

/// <summary>One likelihood ratio for a source.</summary>
public sealed record EvidenceItem(
    string Finding,
    int FindingIndex,
    Condition When,
    double? LrPresent,
    double? LrAbsent,
    string Group,
    string Reference,
    string Strength);

/// <summary>A likely source with its prior, mechanisms and likelihood ratios.</summary>
public sealed record SourceKnowledge(
    SourceDefinition Definition,
    string Summary,
    IReadOnlyList<PriorBand> Prior,
    string PriorReference,
    string PriorStrength,
    IReadOnlyList<MechanismLink> Mechanisms,
    IReadOnlyList<EvidenceItem> Evidence)
{
    public string Id => Definition.Id;

    /// <summary>Evidence by correlation group, in file order: only the strongest item of a group counts.</summary>
    public IReadOnlyList<IReadOnlyList<EvidenceItem>> EvidenceGroups { get; } = GroupEvidence(Evidence);

    /// <summary>The same groups with their log likelihood ratios precomputed, for ranking.</summary>
    internal SourceEvidenceTable Table { get; } = new(GroupEvidence(Evidence), Prior);

    public double PriorFor(int age)
    {
        foreach (var band in Prior)
        {
            if (age <= band.MaxAge)
            {
                return band.Probability;
            }
        }

        return Prior[^1].Probability;
    }

    private static IReadOnlyList<IReadOnlyList<EvidenceItem>> GroupEvidence(IReadOnlyList<EvidenceItem> evidence) => evidence
        .GroupBy(e => e.Group, StringComparer.Ordinal)
        .Select(g => (IReadOnlyList<EvidenceItem>)g.ToArray())
        .ToArray();
}

/// <summary>One of the seven hip-back mechanisms, explained.</summary>
public sealed record MechanismKnowledge(string Id, string Title, string Explanation, string Evidence, string Reference);

/// <summary>Settings of the whole knowledge base.</summary>
public sealed record KnowledgeManifest(
    string Version,
    double LikelyThreshold,
    IReadOnlyList<string> HipSources,
    IReadOnlyList<string> SpineSources);
