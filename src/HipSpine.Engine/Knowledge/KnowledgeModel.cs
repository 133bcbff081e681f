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
    string File)
{
    /// <summary>The sources this rule screens for: a person told this reason is told these need ruling out.</summary>
    public IReadOnlyList<string> ScreensFor { get; init; } = [];

    /// <summary>How the rule maps its published criterion and why its threshold (for reviewers).</summary>
    public string Mapping { get; init; } = "";

    /// <summary>
    /// A risk-factor conjunct of <see cref="When"/> (YAML <c>gate</c>) that the interview asks first: the rule makes the
    /// interview ask its other questions only once the gate is true. Without it a rule that needs, say, diabetes
    /// would have the interview ask about urine symptoms of everyone not sure whether they have diabetes. The
    /// triage itself reads <see cref="When"/> only.
    /// </summary>
    public Condition? Gate { get; init; }
}

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
    string Status)
{
    /// <summary>Who the figure was measured in (published and derived figures).</summary>
    public string Population { get; init; } = "";

    /// <summary>The arithmetic of a derived figure.</summary>
    public string Derivation { get; init; } = "";

    /// <summary>Applied only when this is true: the population the figure was derived in (null = everyone).</summary>
    public Condition? Scope { get; init; }
}

/// <summary>The three ways a figure can be known, weakest last.</summary>
internal static class EvidenceStatus
{
    public const string Published = "published";
    public const string Derived = "derived";
    public const string Estimate = "estimate";
}

/// <summary>
/// Pre-test probabilities: the share of people presenting with hip and/or back pain whose pain comes from the
/// source, by age band, in self-referral / primary care (<see cref="Bands"/>) and in an emergency department
/// (<see cref="EmergencyBands"/>: the primary-care bands when the knowledge gives no emergency figure).
/// </summary>
public sealed record SourcePrior(
    IReadOnlyList<PriorBand> Bands,
    IReadOnlyList<PriorBand> EmergencyBands,
    string Reference,
    string Status,
    string Population,
    string Derivation)
{
    /// <summary>False when the knowledge gives no emergency figure (<c>kb check</c> warns: the setting changes nothing).</summary>
    internal bool HasEmergencyBands { get; init; }

    /// <summary>Where the emergency-department figures come from; they have their own studies and status.</summary>
    internal string EmergencyReference { get; init; } = "";

    internal string EmergencyStatus { get; init; } = "";

    internal string EmergencyPopulation { get; init; } = "";

    internal string EmergencyDerivation { get; init; } = "";
}

/// <summary>A likely source with its prior, mechanisms and likelihood ratios.</summary>
public sealed record SourceKnowledge(
    SourceDefinition Definition,
    string Summary,
    SourcePrior Prior,
    IReadOnlyList<MechanismLink> Mechanisms,
    IReadOnlyList<EvidenceItem> Evidence)
{
    public string Id => Definition.Id;

    /// <summary>Evidence by correlation group, in file order: only the strongest item of a group counts.</summary>
    public IReadOnlyList<IReadOnlyList<EvidenceItem>> EvidenceGroups { get; } = GroupEvidence(Evidence);

    /// <summary>The same groups with their log likelihood ratios precomputed, for ranking.</summary>
    internal SourceEvidenceTable Table { get; } = new(GroupEvidence(Evidence), Prior);

    public string PriorReference => Prior.Reference;

    public double PriorFor(int age, CareSetting setting = CareSetting.PrimaryCare)
    {
        var bands = setting == CareSetting.Emergency ? Prior.EmergencyBands : Prior.Bands;
        foreach (var band in bands)
        {
            if (age <= band.MaxAge)
            {
                return band.Probability;
            }
        }

        return bands[^1].Probability;
    }

    private static IReadOnlyList<IReadOnlyList<EvidenceItem>> GroupEvidence(IReadOnlyList<EvidenceItem> evidence) => evidence
        .GroupBy(e => e.Group, StringComparer.Ordinal)
        .Select(g => (IReadOnlyList<EvidenceItem>)g.ToArray())
        .ToArray();
}

/// <summary>Where the person is asking: priors differ (serious causes are commoner in emergency departments).</summary>
public enum CareSetting
{
    /// <summary>Self-referral or primary care: the default.</summary>
    PrimaryCare,

    /// <summary>An emergency department.</summary>
    Emergency,
}

/// <summary>One of the seven hip-back mechanisms, explained.</summary>
public sealed record MechanismKnowledge(string Id, string Title, string Explanation, string Evidence, string Reference);

/// <summary>Settings of the whole knowledge base.</summary>
public sealed record KnowledgeManifest(
    string Version,
    double LikelyThreshold,
    IReadOnlyList<string> HipSources,
    IReadOnlyList<string> SpineSources)
{
    /// <summary>
    /// Questions that must be answered, with every red-flag screen, before a result may say "self care"
    /// (an unanswered question is never reassurance).
    /// </summary>
    public IReadOnlyList<string> CoreQuestions { get; init; } = [];

    /// <summary>The diagnosis of exclusion (non-specific low back pain): it falls as specific or serious evidence rises.</summary>
    public ExclusionRule? Exclusion { get; init; }

    /// <summary>
    /// Pain-site codes tried in turn when no site was answered: a rule that fires for every one of them fires
    /// (an unknown site is never reassurance).
    /// </summary>
    public IReadOnlyList<string> PainSiteCompletions { get; init; } = [];

    /// <summary>
    /// The duration in days read when <c>episode.duration_days</c> is unanswered: a rule that fires with it fires
    /// (the pain may be new; an unknown duration is never reassurance). Null: no completion.
    /// </summary>
    public int? DurationCompletion { get; init; }

    /// <summary>
    /// The urgencies of the rules the duration completion applies to (empty: every rule). Knowledge 1.10.0 lists
    /// emergency only: the completion keeps a missing answer from hiding a same-day emergency, while a less urgent
    /// rule is met by "unknown is never reassurance" (at least soon) and the interview's duration question.
    /// </summary>
    public IReadOnlyList<string> DurationCompletionUrgencies { get; init; } = [];

    /// <summary>
    /// Whether a rule completed with the duration must be true on the person's own answers alone (findings a
    /// clinician records are read as unknown for it): the completion stands in for the person's unanswered
    /// "how long", not for the history of a deficit found on examination.
    /// </summary>
    public bool DurationCompletionPatientAnswersOnly { get; init; }

    /// <summary>
    /// Findings that, answered yes, keep the duration from being completed: they say the pain is not new (care has
    /// already been tried for it), so reading an unanswered duration as "started today" would contradict the answers.
    /// </summary>
    public IReadOnlyList<string> DurationCompletionNotWhen { get; init; } = [];
}

/// <summary>A source diagnosed only when the <see cref="ExcludedBy"/> sources are not the explanation.</summary>
public sealed record ExclusionRule(string Source, IReadOnlyList<string> ExcludedBy);
