using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Interview;

/// <summary>
/// The source ranking now, and what it would become under each possible answer to a set of questions.
/// Information gain is the expected fall in the summed binary entropy of the source probabilities, with
/// every answer taken as equally likely (the knowledge holds likelihood ratios, not answer frequencies).
/// </summary>
internal sealed class RankingSnapshot
{
    private readonly AssessmentEngine engine;
    private readonly AssessmentCase subject;
    private readonly double[] probabilities;
    private readonly int[] topThree;
    private readonly double entropy;

    public RankingSnapshot(AssessmentEngine engine, AssessmentCase subject)
    {
        this.engine = engine;
        this.subject = subject;
        probabilities = Probabilities(subject);
        topThree = TopThree(probabilities);
        entropy = Entropy(probabilities);
    }

    /// <summary>Expected information gain, and whether some answer would change which sources are the top three.</summary>
    public (double Gain, bool Material) Lookahead(IReadOnlyList<FindingQuestion> questions)
    {
        var hypotheses = Hypotheses(questions).ToArray();
        var expected = 0.0;
        var material = false;
        foreach (var hypothetical in hypotheses)
        {
            var p = Probabilities(hypothetical);
            expected += Entropy(p) / hypotheses.Length;
            var top = TopThree(p);
            material |= !top.Order().SequenceEqual(topThree.Order());
        }

        return (entropy - expected, material);
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

    private double[] Probabilities(AssessmentCase c) =>
        engine.Knowledge.Sources.Select(s => engine.SourceProbability(s, c)).ToArray();

    private static int[] TopThree(double[] p) =>
        Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i).Take(3).ToArray();

    private static double Entropy(double[] p) => p.Sum(x => x <= 0 || x >= 1 ? 0 : -(x * Math.Log2(x)) - ((1 - x) * Math.Log2(1 - x)));
}
