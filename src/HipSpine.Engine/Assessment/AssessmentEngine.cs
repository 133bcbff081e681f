using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Evaluates cases against a compiled knowledge base: triage (most urgent fired rule wins), source ranking
/// and the hip-spine pattern. Stateless and thread-safe; create once per knowledge base.
/// </summary>
public sealed class AssessmentEngine(KnowledgeBase knowledge)
{
    public KnowledgeBase Knowledge { get; } = knowledge ?? throw new ArgumentNullException(nameof(knowledge));

    /// <summary>The full result of CONTRACT.md section 2.</summary>
    public AssessmentResult Assess(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var reasons = new List<UrgencyReason>();
        foreach (var rule in Knowledge.Rules)
        {
            if (rule.When.Evaluate(subject) != Tri.True)
            {
                continue;
            }

            var findings = new List<string>();
            rule.When.CollectSupportingFindings(subject, findings);
            reasons.Add(new UrgencyReason(rule.Id, rule.Urgency, findings, rule.Advice, rule.Reference)
            {
                Name = rule.Name,
                Explanation = rule.Explanation,
            });
        }

        var urgency = reasons.Count > 0 ? reasons[0].Urgency : Urgency.SelfCare;
        var unanswered = Knowledge.RedFlagFindings.Where(f => !subject[f.Index].IsKnown).Select(f => f.Code).ToArray();
        var sources = RankSources(subject);
        var pattern = PatternClassifier.Classify(Knowledge.Manifest, sources, subject);
        return new AssessmentResult(subject.Id, urgency, reasons, unanswered, sources, pattern, Knowledge.Version);
    }

    /// <summary>
    /// The urgency rank only (0 = emergency ... 3 = self_care), without allocating: rules are sorted most
    /// urgent first, so the first that fires decides.
    /// </summary>
    public int TriageRank(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var rules = Knowledge.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].When.Evaluate(subject) == Tri.True)
            {
                return rules[i].UrgencyRank;
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
            if (rules[i].When.Evaluate(subject) == Tri.True)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Every source, most probable first; ties keep vocabulary order (a stable sort).</summary>
    public IReadOnlyList<SourceResult> RankSources(AssessmentCase subject) =>
        Knowledge.Sources
            .Select(s => SourceRanker.Rank(s, subject))
            .OrderByDescending(s => s.Probability)
            .ToArray();

    /// <summary>Probability of one source without building evidence lists (used by the interview).</summary>
    public double SourceProbability(SourceKnowledge source, AssessmentCase subject) => SourceRanker.Probability(source, subject);
}
