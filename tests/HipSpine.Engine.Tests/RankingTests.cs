using HipSpine.Tests.Shared;
namespace HipSpine.Engine.Tests;

/// <summary>The ranking works in odds and does not double count correlated findings.</summary>
public class RankingTests
{
    [Fact]
    public void Within_a_group_only_the_strongest_likelihood_ratio_counts()
    {
        foreach (var source in Kb.Knowledge.Sources)
        {
            foreach (var group in source.EvidenceGroups.Where(g => g.Count > 1 && g.All(e => e.FindingIndex >= 0 && e.LrPresent is not null)))
            {
                var bool_items = group.Where(e => Kb.Knowledge.Vocabulary.Findings[e.FindingIndex].Type == Vocabulary.FindingType.Bool).ToArray();
                if (bool_items.Length < 2)
                {
                    continue;
                }

                var all = Kb.Case(50, null, bool_items.Select(e => (e.Finding, (object)true)).ToArray());
                var strongest = bool_items.MaxBy(e => Math.Abs(Math.Log(e.LrPresent!.Value)))!;
                var one = Kb.Case(50, null, (strongest.Finding, true));
                var pAll = Kb.Engine.SourceProbability(source, all);
                var pOne = Kb.Engine.SourceProbability(source, one);
                Assert.Equal(pOne, pAll, 6);
                return;
            }
        }

        Assert.Fail("no source has a group of two or more bool findings to test the guard with");
    }

    [Fact]
    public void Unanswered_findings_leave_the_prior_unchanged()
    {
        var blank = Kb.Case(50, null);
        foreach (var source in Kb.Knowledge.Sources)
        {
            var priorOnly = source.Evidence.Any(e => e.Finding == "age" || e.Finding == "sex") ? (double?)null : source.PriorFor(50);
            if (priorOnly is { } p)
            {
                Assert.Equal(p, Kb.Engine.SourceProbability(source, blank), 9);
            }
        }
    }

    [Fact]
    public void An_absent_finding_applies_its_negative_likelihood_ratio()
    {
        var source = Kb.Knowledge.Sources.First(s => s.Evidence.Any(e => e.LrAbsent is < 1 && e.FindingIndex >= 0
            && Kb.Knowledge.Vocabulary.Findings[e.FindingIndex].Type == Vocabulary.FindingType.Bool));
        var item = source.Evidence.First(e => e.LrAbsent is < 1 && e.FindingIndex >= 0
            && Kb.Knowledge.Vocabulary.Findings[e.FindingIndex].Type == Vocabulary.FindingType.Bool);
        var without = Kb.Engine.SourceProbability(source, Kb.Case(50, null, (item.Finding, false)));
        Assert.True(without < Kb.Engine.SourceProbability(source, Kb.Case(50, null)));
    }
}
