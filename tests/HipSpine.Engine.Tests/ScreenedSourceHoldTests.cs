using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// When the most urgent fired rules are emergency or urgent, the top three of the ranking holds
/// the most probable source they screen for, with its own probability unchanged; without such a rule the ranking
/// is the plain probability order.
/// </summary>
public class ScreenedSourceHoldTests
{
    // An older woman (the sex item lowers the aneurysm) with sudden tearing belly and back pain: the aaa rule (emergency,
    // screening for the aneurysm and organ causes) fires, while on probability alone common sources fill the top three.
    private static readonly AssessmentCase TearingPain = Kb.Case(67, "female", ("where.abdomen", true), ("where.low_back", true),
        ("pain.tearing_sudden_severe", true), ("episode.onset", "sudden"));

    [Fact]
    public void Sudden_tearing_back_and_belly_pain_holds_the_more_probable_screened_source_third_at_its_own_probability()
    {
        var result = Kb.Engine.Assess(TearingPain);
        Assert.Equal(Urgency.Emergency, result.Urgency);
        var screened = Kb.Knowledge.Rules.Single(r => r.Id == "aaa").ScreensFor;
        var held = result.Sources[2];
        Assert.Contains(held.Id, screened);
        Assert.DoesNotContain(result.Sources.Take(2), s => screened.Contains(s.Id));
        Assert.All(result.Sources.Skip(3).Where(s => screened.Contains(s.Id)), s => Assert.True(s.Probability <= held.Probability));

        var own = Kb.Engine.SourceProbabilities(TearingPain);
        var index = Kb.Knowledge.Sources.Select((s, i) => (s, i)).Single(x => x.s.Id == held.Id).i;
        Assert.Equal(Math.Round(own[index], 4), held.Probability);
        Assert.True(result.Sources[3].Probability > held.Probability, "the hold moved a source that probability alone ranks lower");
    }

    [Fact]
    public void Only_the_held_source_leaves_probability_order()
    {
        var result = Kb.Engine.Assess(TearingPain);
        var rest = result.Sources.Where((s, i) => i != 2).ToArray();
        for (var i = 1; i < rest.Length; i++)
        {
            Assert.True(rest[i - 1].Probability >= rest[i].Probability, $"{rest[i - 1].Id} before {rest[i].Id}");
        }
    }

    [Fact]
    public void Without_an_urgent_or_emergency_rule_the_ranking_is_the_probability_order()
    {
        var result = Kb.Engine.Assess(Kb.Case(45, "female", ("where.low_back", true), ("episode.duration_days", 10)));
        Assert.DoesNotContain(result.UrgencyReasons, r => Urgency.Rank(r.Urgency) <= Urgency.Rank(Urgency.Urgent));
        for (var i = 1; i < result.Sources.Count; i++)
        {
            Assert.True(result.Sources[i - 1].Probability >= result.Sources[i].Probability);
        }
    }

    [Fact]
    public void Fever_with_back_pain_holds_a_source_of_the_most_urgent_rules_in_the_top_three()
    {
        var result = Kb.Engine.Assess(Kb.Case(45, "male", ("systemic.fever", true), ("where.low_back", true)));
        var top = Urgency.Rank(result.Urgency);
        Assert.True(top <= Urgency.Rank(Urgency.Urgent));
        var screened = result.UrgencyReasons.Where(r => Urgency.Rank(r.Urgency) == top)
            .SelectMany(r => Kb.Knowledge.Rules.Single(k => k.Id == r.Rule).ScreensFor).ToHashSet();
        Assert.Contains(result.Sources.Take(3), s => screened.Contains(s.Id));
    }
}
