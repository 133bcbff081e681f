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

    private readonly PatternClassifier patterns = new(knowledge);

    /// <summary>The full result of docs/contract.md section 2.</summary>
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
        var unanswered = UnansweredRedFlags(subject);
        var sources = RankSources(subject);
        var pattern = patterns.Classify(sources, subject);
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
            if (rules[i].When.IsTrue(subject))
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
            if (rules[i].When.IsTrue(subject))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Every source, most probable first; ties keep vocabulary order (a stable sort).</summary>
    public IReadOnlyList<SourceResult> RankSources(AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var sources = Knowledge.Sources;
        var ranked = new SourceResult[sources.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            ranked[i] = SourceRanker.Rank(sources[i], subject);
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

        return ranked;
    }

    /// <summary>The red-flag findings still unanswered, in vocabulary order.</summary>
    private string[] UnansweredRedFlags(AssessmentCase subject)
    {
        var flags = Knowledge.RedFlagFindings;
        var count = 0;
        for (var i = 0; i < flags.Count; i++)
        {
            count += subject[flags[i].Index].IsKnown ? 0 : 1;
        }

        var codes = count == 0 ? [] : new string[count];
        for (int i = 0, n = 0; i < flags.Count; i++)
        {
            if (!subject[flags[i].Index].IsKnown)
            {
                codes[n++] = flags[i].Code;
            }
        }

        return codes;
    }

    /// <summary>Probability of one source without building evidence lists (used by the interview).</summary>
    public double SourceProbability(SourceKnowledge source, AssessmentCase subject) => SourceRanker.Probability(source, subject);
}
