using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Records;

namespace HipSpine.Web.Assessments;

/// <summary>An answer shown back to the person: the question and what they said.</summary>
public sealed record AnswerLine(string Question, string Answer);

public sealed record ReasonView(string Name, string Explanation, string Advice, IReadOnlyList<AnswerLine> Answers)
{
    /// <summary>The reason is that questions are unanswered: its lines are questions to answer, not answers given.</summary>
    public bool IsIncompleteAnswers { get; init; }

    public string Urgency { get; init; } = "";
}

/// <summary>An answer that moved a source, what it did in words, and where the figure comes from.</summary>
public sealed record EvidenceView(string Question, string Answer, string Effect, string Basis);

public sealed record SourceView(string Id, string Name, string Summary, string Words, string Percent, IReadOnlyList<EvidenceView> Evidence)
{
    /// <summary>True when the source is listed above a more probable one because the warning signs point to it.</summary>
    public bool HeldByWarningSigns { get; init; }
}

public sealed record MechanismView(string Title, string Explanation);

/// <summary>
/// Everything the result page shows, in plain words. Built from the contract result plus the knowledge base
/// (names and explanations are looked up by id, so a stored result reads the same as a fresh one).
/// </summary>
public sealed record ResultView(
    string Urgency,
    string UrgencyTitle,
    string UrgencyMeaning,
    bool StoppedForEmergency,
    IReadOnlyList<ReasonView> Reasons,
    IReadOnlyList<string> MustRuleOut,
    IReadOnlyList<string> UnansweredRedFlags,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<MechanismView> Mechanisms,
    string Pattern,
    string KnowledgeVersion,
    string? StateToken)
{
    public const int SourcesShown = 5;

    /// <summary>The regions marked, with the side where one applies ("right hip", "low back").</summary>
    public IReadOnlyList<string> WhereItHurts { get; init; } = [];

    public bool IsEmergency => Urgency == Engine.Vocabulary.Urgency.Emergency;

    /// <summary>Emergency or urgent: the reason comes first and the list of likely causes is secondary.</summary>
    public bool IsUrgentOrWorse => Engine.Vocabulary.Urgency.Rank(Urgency) <= Engine.Vocabulary.Urgency.Rank(Engine.Vocabulary.Urgency.Urgent);

    /// <summary>The advice of the most urgent reasons only: lower-urgency advice is not repeated in the urgency box.</summary>
    public IEnumerable<string> TopAdvice => Reasons.Where(r => r.Urgency == Urgency).Select(r => r.Advice).Distinct().Take(IsEmergency ? 1 : 2);

    public static ResultView Build(KnowledgeText text, AssessmentResult result, AssessmentCase subject, bool stoppedForEmergency, string? stateToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(subject);
        var kb = text.Knowledge;
        var reasons = result.UrgencyReasons.Select(r =>
        {
            var rule = kb.Rules.FirstOrDefault(x => x.Id == r.Rule);
            var answers = r.Findings.Where(f => kb.Vocabulary.FindFinding(f) is not null)
                .Select(f => new AnswerLine(text.Question(f), text.AnswerWords(f, Value(subject, f))))
                .ToArray();
            var incomplete = r.Rule == AssessmentEngine.IncompleteAnswersRule;
            if (incomplete)
            {
                answers = r.Findings.Where(f => kb.Vocabulary.FindFinding(f) is not null).Select(f => new AnswerLine(text.Question(f), "")).ToArray();
                return new ReasonView(IncompleteAnswers.Name, IncompleteAnswers.Explanation, r.Advice, answers)
                {
                    IsIncompleteAnswers = true,
                    Urgency = r.Urgency,
                };
            }

            return new ReasonView(rule?.Name ?? r.Rule, rule?.Explanation ?? "", r.Advice, answers) { Urgency = r.Urgency };
        }).ToArray();

        var sources = result.Sources.Take(SourcesShown).Select((s, i) => new SourceView(
            s.Id,
            text.SourceName(s.Id),
            text.SourceSummary(s.Id),
            text.ProbabilityWords(s.Probability),
            KnowledgeText.Percent(s.Probability),
            s.Evidence.Select(e => new EvidenceView(text.Question(e.Finding), text.AnswerWords(e.Finding, e.Value), EvidenceWords.Effect(e.LikelihoodRatio), EvidenceWords.Basis(e.Status, e.Population, e.Reference))).ToArray())
            {
                HeldByWarningSigns = ScreenedSourceHold.IsHeld(result.Sources, i),
            })
            .ToArray();

        // Mechanisms of the likely sources; when none is likely, those of the leading source.
        var likely = result.Sources.Where(s => s.Probability >= kb.Manifest.LikelyThreshold).ToArray();
        var mechanismIds = (likely.Length > 0 ? likely : result.Sources.Take(1)).SelectMany(s => s.Mechanisms).ToHashSet(StringComparer.Ordinal);
        var mechanisms = kb.Mechanisms.Where(m => mechanismIds.Contains(m.Id)).Select(m => new MechanismView(m.Title, m.Explanation)).ToArray();

        return new ResultView(
            result.Urgency,
            KnowledgeText.UrgencyTitle(result.Urgency),
            text.UrgencyMeaning(result.Urgency),
            stoppedForEmergency,
            reasons,
            RuleOutNames(kb, result),
            stoppedForEmergency ? [] : result.UnansweredRedFlags.Select(text.Question).ToArray(),
            sources,
            mechanisms,
            KnowledgeText.PatternWords(result.Pattern),
            result.KnowledgeVersion,
            stateToken)
        {
            WhereItHurts = PainSites.PatientWords(subject),
        };
    }

    /// <summary>What doctors need to rule out, in words (a result stored before rule-outs existed has none).</summary>
    private static string[] RuleOutNames(Engine.Knowledge.KnowledgeBase kb, AssessmentResult result) =>
        ((IReadOnlyList<RuleOut>?)result.MustRuleOut ?? [])
            .Select(m => kb.RuleOutWordings.TryGetValue(m.Id, out var w) ? w.Name : m.Id)
            .ToArray();

    private static object? Value(AssessmentCase subject, string code)
    {
        var definition = subject.Vocabulary.FindFinding(code);
        var value = subject.Get(code);
        return definition is null || !value.IsKnown ? null : AssessmentCase.ToContractValue(definition, value);
    }
}
