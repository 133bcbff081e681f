using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Ranks sources in odds: prior odds x one likelihood ratio per evidence group. Correlated findings share a
/// group and only the strongest (largest |ln LR|) counts, so e.g. three ways of saying "groin pain" do not
/// triple-count. Each source is scored on its own; probabilities need not sum to 1.
/// </summary>
internal static class SourceRanker
{
    public static double Probability(SourceKnowledge source, AssessmentCase subject) =>
        Score(source, subject, collect: null);

    public static SourceResult Rank(SourceKnowledge source, AssessmentCase subject)
    {
        var used = new List<(EvidenceItem Item, double Lr)>();
        var probability = Score(source, subject, used);
        var evidence = used
            .OrderByDescending(u => Math.Abs(Math.Log(u.Lr)))
            .ThenBy(u => u.Item.Finding, StringComparer.Ordinal)
            .Select(u => new EvidenceResult(u.Item.Finding, ValueOf(u.Item, subject), u.Lr, u.Item.Reference) { Strength = u.Item.Strength })
            .ToArray();
        var mechanisms = source.Mechanisms
            .Where(m => m.When is null || m.When.Evaluate(subject) == Tri.True)
            .Select(m => m.Id)
            .ToArray();
        return new SourceResult(source.Id, source.Definition.Group, Math.Round(probability, 4), mechanisms, evidence);
    }

    private static double Score(SourceKnowledge source, AssessmentCase subject, List<(EvidenceItem, double)>? collect)
    {
        var prior = source.PriorFor(subject.Age);
        var logOdds = Math.Log(prior / (1 - prior));
        foreach (var group in source.EvidenceGroups)
        {
            EvidenceItem? best = null;
            var bestLr = 1.0;
            foreach (var item in group)
            {
                if (Applicable(item, subject) is { } lr && Math.Abs(Math.Log(lr)) > Math.Abs(Math.Log(bestLr)))
                {
                    best = item;
                    bestLr = lr;
                }
            }

            if (best is not null)
            {
                logOdds += Math.Log(bestLr);
                collect?.Add((best, bestLr));
            }
        }

        var odds = Math.Exp(logOdds);
        return double.IsPositiveInfinity(odds) ? 1.0 : odds / (1 + odds);
    }

    /// <summary>The LR this item contributes for this case, or null when its finding is unknown.</summary>
    private static double? Applicable(EvidenceItem item, AssessmentCase subject) => item.When.Evaluate(subject) switch
    {
        Tri.True => item.LrPresent,
        Tri.False => item.LrAbsent,
        _ => null,
    };

    private static object ValueOf(EvidenceItem item, AssessmentCase subject)
    {
        if (item.FindingIndex >= 0)
        {
            var definition = subject.Vocabulary.Findings[item.FindingIndex];
            var value = subject[item.FindingIndex];
            return value.IsKnown ? AssessmentCase.ToContractValue(definition, value) : "unknown";
        }

        return item.Finding == "age" ? subject.Age : subject.Sex ?? "unknown";
    }

}
