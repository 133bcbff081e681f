using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Evaluates cases against a compiled knowledge base: triage (most urgent fired rule wins; never self care on
/// unanswered questions), the sources fired rules say must be ruled out, source ranking and the hip-spine pattern.
/// Stateless and thread-safe; create once per knowledge base and care setting.
/// </summary>
public sealed class AssessmentEngine(KnowledgeBase knowledge, CareSetting setting = CareSetting.PrimaryCare)
{
    /// <summary>The rule id of the reason given when self care is withheld because answers are missing.</summary>
    public const string IncompleteAnswersRule = "incomplete_answers";

    public KnowledgeBase Knowledge { get; } = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    /// <summary>Where the person is asking; it selects the priors.</summary>
    public CareSetting Setting { get; } = setting;

    private readonly PatternClassifier patterns = new(knowledge);
    private readonly RuleFiring firing = new(knowledge);
    private readonly int[] selfCareQuestions = SelfCareQuestions(knowledge);

    // The askIf of each finding's question, by finding index (null for most): a red-flag question hidden from this person
    // by its askIf (testicle pain for a woman) cannot concern them, so leaving it unanswered does not withhold self care.
    private readonly Conditions.Condition?[] askIfByFinding = knowledge.Vocabulary.Findings
        .Select(f => knowledge.FindQuestion(f.Code)?.AskIf).ToArray();
    private readonly (int Source, int[] By)? exclusion = ExclusionIndexes(knowledge);

    /// <summary>The full result of the contract (docs/contract.md section 2).</summary>
    public AssessmentResult Assess(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var reasons = new List<UrgencyReason>();
        var fired = new List<TriageRule>();
        foreach (var rule in Knowledge.Rules)
        {
            if (firing.FiredOn(rule, subject) is not { } witness)
            {
                continue;
            }

            // The answers the rule rests on; a completed site or duration is not an answer, so it is not named.
            var findings = new List<string>();
            rule.When.CollectSupportingFindings(witness, findings);
            findings.RemoveAll(code => subject.Vocabulary.FindFinding(code) is { } f && !subject[f.Index].IsKnown);
            fired.Add(rule);
            reasons.Add(new UrgencyReason(rule.Id, rule.Urgency, findings, rule.Advice, rule.Reference)
            {
                Name = rule.Name,
                Explanation = rule.Explanation,
            });
        }

        var urgency = reasons.Count > 0 ? reasons[0].Urgency : Urgency.SelfCare;
        if (urgency == Urgency.SelfCare && MissingForSelfCare(subject) is { Length: > 0 } missing)
        {
            reasons.Add(IncompleteAnswers.Reason(missing));
            urgency = Urgency.Soon;
        }

        var unanswered = UnansweredRedFlags(subject);
        var sources = RankSources(subject, fired);
        var pattern = patterns.Classify(sources, subject);
        return new AssessmentResult(subject.Id, urgency, reasons, unanswered, RuleOuts(fired), sources, pattern, Knowledge.Version);
    }

    /// <summary>
    /// The urgency rank only (0 = emergency ... 3 = self_care), without allocating when a pain site is given (an
    /// unknown site is completed on copies, see <see cref="RuleFiring"/>): rules are sorted most urgent first, so
    /// the first that fires decides; self care needs every red-flag and core question answered.
    /// </summary>
    public int TriageRank(AssessmentCase subject) => TriageRank(subject, completeDuration: true);

    /// <summary>Whether an unanswered duration is completed for this case (see <see cref="RuleFiring"/>).</summary>
    internal bool DurationUnknown(AssessmentCase subject) => firing.DurationUnknown(subject);

    /// <summary>
    /// The urgency rank; without <paramref name="completeDuration"/> an unanswered duration stays unknown, so the
    /// interview can tell an emergency that asking the duration could still undo.
    /// </summary>
    internal int TriageRank(AssessmentCase subject, bool completeDuration)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rules = Knowledge.Rules;
        AssessmentCase? completed = null;
        for (var i = 0; i < rules.Count; i++)
        {
            if (firing.Fires(rules[i], subject, completeDuration, ref completed))
            {
                return rules[i].UrgencyRank;
            }
        }

        for (var i = 0; i < selfCareQuestions.Length; i++)
        {
            if (!subject[selfCareQuestions[i]].IsKnown && !HiddenByAskIf(selfCareQuestions[i], subject))
            {
                return Urgency.Rank(Urgency.Soon);
            }
        }

        return Urgency.Rank(Urgency.SelfCare);
    }

    /// <summary>
    /// How many rules fire, evaluating every rule (no early stop) and allocating nothing: the like-for-like
    /// comparison with a rules engine that always runs all rules.
    /// </summary>
    public int CountFiredRules(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var count = 0;
        var rules = Knowledge.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            if (firing.Fires(rules[i], subject))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Every source, most probable first; ties keep vocabulary order (a stable sort); a source the most urgent
    /// emergency or urgent rules screen for is held in the top three (<see cref="ScreenedSourceHold"/>).</summary>
    public IReadOnlyList<SourceResult> RankSources(AssessmentCase subject) =>
        RankSources(subject, Knowledge.Rules.Where(r => firing.Fires(r, subject)).ToArray());

    private SourceResult[] RankSources(AssessmentCase subject, IReadOnlyList<TriageRule> fired)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var sources = Knowledge.Sources;
        var ranked = new SourceResult[sources.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = SourceRanker.Rank(sources[i], subject, SettingFor(subject));
        }

        if (exclusion is { } ex)
        {
            var p = new double[ranked.Length];
            for (var i = 0; i < p.Length; i++)
            {
                p[i] = ranked[i].Probability;
            }

            ranked[ex.Source] = ranked[ex.Source] with { Probability = Math.Round(Excluded(p, ex, fired), 4) };
        }

        // Insertion sort: stable, in place, and about 20 sources.
        for (var j = 1; j < ranked.Length; j++)
        {
            var next = ranked[j];
            var i = j - 1;
            while (i >= 0 && ranked[i].Probability.CompareTo(next.Probability) < 0)
            {
                ranked[i + 1] = ranked[i];
                i--;
            }

            ranked[i + 1] = next;
        }

        ScreenedSourceHold.Apply(ranked, fired);
        return ranked;
    }

    /// <summary>Each source's probability in knowledge order, as the ranking reports it (used by the interview).</summary>
    public double[] SourceProbabilities(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var sources = Knowledge.Sources;
        var p = new double[sources.Count];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = SourceRanker.Probability(sources[i], subject, SettingFor(subject));
        }

        if (exclusion is { } ex)
        {
            p[ex.Source] = Excluded(p, ex, Knowledge.Rules.Where(r => firing.Fires(r, subject)).ToArray());
        }

        return p;
    }

    /// <summary>Probability of one source on its own evidence (before the diagnosis-of-exclusion adjustment).</summary>
    public double SourceProbability(SourceKnowledge source, AssessmentCase subject) => SourceRanker.Probability(source, subject, SettingFor(subject));

    /// <summary>
    /// The diagnosis of exclusion holds only when none of the causes it is distinguished from does: its own
    /// probability times the chance that each of them is absent. While a warning sign of a specific or serious
    /// cause (an emergency or urgent rule that screens for one) is unexplained, it cannot lead the ranking:
    /// it is held just below the most probable other source.
    /// </summary>
    private static double Excluded(double[] p, (int Source, int[] By) ex, IReadOnlyList<TriageRule> fired)
    {
        var value = p[ex.Source];
        foreach (var other in ex.By)
        {
            value *= 1 - p[other];
        }

        var open = fired.Any(r => r.UrgencyRank <= Urgency.Rank(Urgency.Urgent) && r.ScreensFor.Count > 0);
        if (open)
        {
            var best = 0.0;
            for (var i = 0; i < p.Length; i++)
            {
                best = i == ex.Source ? best : Math.Max(best, p[i]);
            }

            value = Math.Min(value, best * 0.9);
        }

        return value;
    }

    /// <summary>The sources the fired rules screen for, most urgent rule first, each with every rule that named it.</summary>
    private RuleOut[] RuleOuts(List<TriageRule> fired)
    {
        var order = new List<string>();
        var rulesBySource = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rule in fired)
        {
            foreach (var id in rule.ScreensFor)
            {
                if (!rulesBySource.TryGetValue(id, out var rules))
                {
                    rulesBySource[id] = rules = [];
                    order.Add(id);
                }

                rules.Add(rule.Id);
            }
        }

        return order.Count == 0
            ? []
            : order.Select(id => new RuleOut(id, Knowledge.Vocabulary.FindSource(id)!.Group, rulesBySource[id])).ToArray();
    }

    /// <summary>Unanswered red-flag screens and core questions, in vocabulary order: what stands between this person and self care.</summary>
    public string[] MissingForSelfCare(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return selfCareQuestions.Where(i => !subject[i].IsKnown && !HiddenByAskIf(i, subject)).Select(i => Knowledge.Vocabulary.Findings[i].Code).ToArray();
    }

    private bool HiddenByAskIf(int finding, AssessmentCase subject) =>
        askIfByFinding[finding] is { } askIf && askIf.Evaluate(subject) == Conditions.Tri.False;

    /// <summary>The red-flag findings still unanswered, in vocabulary order (none that its askIf hides from this person).</summary>
    private string[] UnansweredRedFlags(AssessmentCase subject)
    {
        var flags = Knowledge.RedFlagFindings;
        List<string>? codes = null;
        for (var i = 0; i < flags.Count; i++)
        {
            if (!subject[flags[i].Index].IsKnown && !HiddenByAskIf(flags[i].Index, subject))
            {
                (codes ??= []).Add(flags[i].Code);
            }
        }

        return codes is null ? [] : codes.ToArray();
    }

    private static int[] SelfCareQuestions(KnowledgeBase kb) => kb.RedFlagFindings
        .Where(f => !f.IsClinicianOnly)
        .Select(f => f.Index)
        .Concat(kb.Manifest.CoreQuestions.Select(c => kb.Vocabulary.FindFinding(c)!.Index))
        .Distinct()
        .Order()
        .ToArray();

    private static (int, int[])? ExclusionIndexes(KnowledgeBase kb)
    {
        if (kb.Manifest.Exclusion is not { } ex)
        {
            return null;
        }

        int IndexOf(string id)
        {
            for (var i = 0; i < kb.Sources.Count; i++)
            {
                if (kb.Sources[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        var source = IndexOf(ex.Source);
        return source < 0 ? null : (source, ex.ExcludedBy.Select(IndexOf).Where(i => i >= 0).ToArray());
    }

    /// <summary>The case's own setting when it names one, else the configured one: the priors ranking starts from.</summary>
    private CareSetting SettingFor(AssessmentCase subject) => subject.Setting ?? Setting;
}
