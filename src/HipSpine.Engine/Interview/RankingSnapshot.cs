using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Interview;

/// <summary>
/// The source ranking now, and what it would become under each possible answer to a set of questions.
/// Information gain is the expected Kullback-Leibler divergence of the updated source beliefs from the
/// current ones (each source a yes/no belief), with every answer taken as equally likely (the knowledge
/// holds likelihood ratios, not answer frequencies). Unlike a fall in summed entropy it is never negative,
/// so a probability moving towards 0.5 still counts as learning something.
/// </summary>
internal sealed class RankingSnapshot
{
    private readonly AssessmentEngine engine;
    private readonly AssessmentCase subject;
    private readonly double[] probabilities;
    private readonly int[] topThree;
    private readonly double likelyThreshold;

    public RankingSnapshot(AssessmentEngine engine, AssessmentCase subject)
    {
        this.engine = engine;
        this.subject = subject;
        probabilities = Probabilities(subject);
        topThree = TopThree(probabilities);
        likelyThreshold = engine.Knowledge.Manifest.LikelyThreshold;
    }

    /// <summary>
    /// Expected information gain, and whether some answer changes the top three materially: which sources they
    /// are, a top-three probability by the material amount, or whether one counts as likely (which names the pattern).
    /// </summary>
    public (double Gain, bool Material) Lookahead(IReadOnlyList<FindingQuestion> questions)
    {
        var hypotheses = Hypotheses(questions).ToArray();
        var gain = 0.0;
        var material = false;
        foreach (var hypothetical in hypotheses)
        {
            var p = Probabilities(hypothetical);
            gain += Divergence(p, probabilities) / hypotheses.Length;
            var top = TopThree(p);
            material |= !top.Order().SequenceEqual(topThree.Order())
                || topThree.Any(i => Math.Abs(p[i] - probabilities[i]) >= InterviewPlanner.MaterialChange
                    || (p[i] >= likelyThreshold) != (probabilities[i] >= likelyThreshold));
        }

        return (gain, material);
    }

    /// <summary>
    /// One screen's possible answers: for a single finding every value worth telling apart; for a group of
    /// yes/no questions "none of these" and each one alone.
    /// </summary>
    private IEnumerable<AssessmentCase> Hypotheses(IReadOnlyList<FindingQuestion> questions)
    {
        if (questions.Count == 1)
        {
            var definition = questions[0].Definition;
            foreach (var value in Values(definition))
            {
                yield return subject.With(definition.Index, value);
            }

            yield break;
        }

        var none = subject;
        foreach (var q in questions)
        {
            none = none.With(q.Definition.Index, FindingValue.Of(false));
        }

        yield return none;
        foreach (var q in questions)
        {
            yield return none.With(q.Definition.Index, FindingValue.Of(true));
        }
    }

    private IEnumerable<FindingValue> Values(FindingDefinition definition)
    {
        switch (definition.Type)
        {
            case FindingType.Bool:
                yield return FindingValue.Of(true);
                yield return FindingValue.Of(false);
                break;
            case FindingType.Choice:
                for (var i = 0; i < definition.Values.Count; i++)
                {
                    yield return FindingValue.Of(i);
                }

                break;
            default:
                var bounds = new SortedSet<int> { definition.Min, definition.Max };
                foreach (var source in engine.Knowledge.Sources)
                {
                    foreach (var e in source.Evidence)
                    {
                        e.When.CollectIntBounds(definition.Index, bounds);
                    }
                }

                foreach (var rule in engine.Knowledge.Rules)
                {
                    rule.When.CollectIntBounds(definition.Index, bounds);
                }

                foreach (var b in bounds.Where(b => b >= definition.Min && b <= definition.Max))
                {
                    yield return FindingValue.Of(b);
                }

                break;
        }
    }

    private double[] Probabilities(AssessmentCase c) => engine.SourceProbabilities(c);

    private static int[] TopThree(double[] p) =>
        Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i).Take(3).ToArray();

    /// <summary>Summed Kullback-Leibler divergence (bits) of each source's new Bernoulli belief from the current one.</summary>
    private static double Divergence(double[] after, double[] before)
    {
        var total = 0.0;
        for (var i = 0; i < after.Length; i++)
        {
            double q = Math.Clamp(after[i], 1e-9, 1 - 1e-9), p = Math.Clamp(before[i], 1e-9, 1 - 1e-9);
            total += (q * Math.Log2(q / p)) + ((1 - q) * Math.Log2((1 - q) / (1 - p)));
        }

        return total;
    }
}
