using System.Buffers;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Ranks sources in odds: prior odds x one likelihood ratio per evidence group. Correlated findings share a
/// group and only the strongest (largest |ln LR|) counts, so e.g. three ways of saying "groin pain" do not
/// triple-count. Each source is scored on its own; probabilities need not sum to 1.
/// Runs once per source per request (and many times per interview step), so it works on the source's
/// precomputed <see cref="SourceEvidenceTable"/> with a pooled buffer and allocates only the result.
/// </summary>
internal static class SourceRanker
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public static double Probability(SourceKnowledge source, AssessmentCase subject, CareSetting setting) =>
        Score(source.Table, subject, setting, chosen: [], out _);

    public static SourceResult Rank(SourceKnowledge source, AssessmentCase subject, CareSetting setting)
    {
        var table = source.Table;
        var rented = ArrayPool<int>.Shared.Rent(table.GroupCount);
        try
        {
            var chosen = rented.AsSpan(0, table.GroupCount);
            var probability = Score(table, subject, setting, chosen, out var count);
            chosen = chosen[..count];
            SortStrongestFirst(table, chosen);
            var evidence = count == 0 ? [] : new EvidenceResult[count];
            for (var i = 0; i < count; i++)
            {
                var item = table.Items[chosen[i] / 2];
                var (finding, value) = AnsweredFinding(item, subject, present: chosen[i] % 2 == 0);
                evidence[i] = new EvidenceResult(finding, value, table.Lr[chosen[i]], item.Reference)
                {
                    Status = item.Status,
                    Population = item.Population,
                };
            }

            return new SourceResult(source.Id, source.Definition.Group, Math.Round(probability, 4), Mechanisms(source, subject), evidence);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The probability; the slot of each group's strongest applicable item goes to <paramref name="chosen"/>
    /// (when it has room), in group order. Same arithmetic, in the same order, as the formula in the summary.
    /// </summary>
    private static double Score(SourceEvidenceTable table, AssessmentCase subject, CareSetting setting, Span<int> chosen, out int count)
    {
        count = 0;
        var logOdds = table.PriorLogOddsFor(subject.Age, setting);
        for (var g = 0; g < table.GroupCount; g++)
        {
            var best = -1;
            var bestAbs = 0.0; // |ln 1|: an item must move the odds to count
            for (var i = table.GroupStart(g); i < table.GroupEnd(g); i++)
            {
                if (table.Items[i].Scope is { } scope && !scope.IsTrue(subject))
                {
                    continue; // outside the population the figure was measured in
                }

                var slot = table.Items[i].When.Evaluate(subject) switch
                {
                    Tri.True => 2 * i,
                    Tri.False => 2 * i + 1,
                    _ => -1, // unknown finding: no evidence
                };
                if (slot >= 0 && table.AbsLn[slot] > bestAbs)
                {
                    best = slot;
                    bestAbs = table.AbsLn[slot];
                }
            }

            if (best >= 0)
            {
                logOdds += table.Ln[best];
                if (count < chosen.Length)
                {
                    chosen[count++] = best;
                }
            }
        }

        var odds = Math.Exp(logOdds);
        return double.IsPositiveInfinity(odds) ? 1.0 : odds / (1 + odds);
    }

    /// <summary>Strongest |ln LR| first, then finding code; a stable insertion sort (a handful of items).</summary>
    private static void SortStrongestFirst(SourceEvidenceTable table, Span<int> slots)
    {
        for (var j = 1; j < slots.Length; j++)
        {
            var key = slots[j];
            var i = j - 1;
            while (i >= 0 && Compare(table, slots[i], key) > 0)
            {
                slots[i + 1] = slots[i];
                i--;
            }

            slots[i + 1] = key;
        }
    }

    private static int Compare(SourceEvidenceTable table, int a, int b)
    {
        var byStrength = table.AbsLn[b].CompareTo(table.AbsLn[a]);
        return byStrength != 0 ? byStrength : string.CompareOrdinal(table.Items[a / 2].Finding, table.Items[b / 2].Finding);
    }

    /// <summary>The mechanisms whose condition holds (or that have none), in file order.</summary>
    private static string[] Mechanisms(SourceKnowledge source, AssessmentCase subject)
    {
        var links = source.Mechanisms;
        Span<bool> shown = stackalloc bool[links.Count];
        var count = 0;
        for (var i = 0; i < links.Count; i++)
        {
            shown[i] = links[i].When is null || links[i].When!.Evaluate(subject) == Tri.True;
            count += shown[i] ? 1 : 0;
        }

        var ids = count == 0 ? [] : new string[count];
        for (int i = 0, n = 0; i < links.Count; i++)
        {
            if (shown[i])
            {
                ids[n++] = links[i].Id;
            }
        }

        return ids;
    }

    /// <summary>
    /// The finding an evidence line names: the item's own finding when it was answered, otherwise the answered
    /// finding that made the item's condition true (or false), so a line never names an unanswered question.
    /// </summary>
    private static (string Finding, object Value) AnsweredFinding(EvidenceItem item, AssessmentCase subject, bool present)
    {
        if (item.FindingIndex < 0 || subject[item.FindingIndex].IsKnown)
        {
            return (item.Finding, ValueOf(item.FindingIndex, item.Finding, subject));
        }

        if (present)
        {
            var supporting = new List<string>(2);
            item.When.CollectSupportingFindings(subject, supporting);
            foreach (var code in supporting)
            {
                if (subject.Vocabulary.FindFinding(code) is { } definition)
                {
                    return (code, ValueOf(definition.Index, code, subject));
                }
            }
        }

        var read = new SortedSet<int>();
        item.When.CollectFindingIndexes(read);
        foreach (var index in read)
        {
            if (subject[index].IsKnown)
            {
                var code = subject.Vocabulary.Findings[index].Code;
                return (code, ValueOf(index, code, subject));
            }
        }

        return (item.Finding, ValueOf(item.FindingIndex, item.Finding, subject));
    }

    private static object ValueOf(int findingIndex, string finding, AssessmentCase subject)
    {
        if (findingIndex >= 0)
        {
            var definition = subject.Vocabulary.Findings[findingIndex];
            var value = subject[findingIndex];
            if (!value.IsKnown)
            {
                return "unknown";
            }

            // Most findings are yes/no: share two boxes instead of boxing a bool per evidence line.
            return definition.Type == FindingType.Bool
                ? value.AsBool ? BoxedTrue : BoxedFalse
                : AssessmentCase.ToContractValue(definition, value);
        }

        return finding == "age" ? subject.Age : subject.Sex ?? "unknown";
    }
}
