using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// A rule that screens for a serious cause and a common one is urgent because of the serious cause: a common screened
/// source in the top three does not answer it, so the most probable serious source it screens for is held third too,
/// in the place of a top-three source the rules do not screen for, a common one before a serious one, and never in the
/// place of one they screen for.
/// </summary>
public class ScreenedSeriousSourceHoldTests
{
    // An older woman with new back pain and weakness of both legs: the bilateral-leg-weakness rule (emergency) screens for
    // cauda equina, spinal infection, cancer and sciatica; on probability alone sciatica is the only one of them in the
    // top three.
    private static readonly AssessmentCase BothLegsWeak = Kb.Case(79, "female", ("where.low_back", true),
        ("where.both_legs", true), ("neuro.leg_weakness", true), ("episode.duration_days", 3));

    // A hot, swollen hip with long morning stiffness and no fever: the hot-swollen-joint rule (urgent) screens for a
    // septic hip and inflammatory arthritis.
    private static readonly AssessmentCase HotSwollenHip = Kb.Case(47, "female", ("episode.duration_days", 21),
        ("where.hip", true), ("where.groin", true), ("where.low_back", true), ("stiffness.morning_minutes", 90),
        ("local.swelling_redness_warmth", true), ("systemic.fever", false), ("systemic.unwell", false),
        ("func.cannot_bear_weight", false), ("hx.immunosuppressed", false));

    [Theory]
    [InlineData("bilateral_leg_weakness")]
    [InlineData("hot_swollen_joint")]
    public void The_top_three_holds_a_serious_source_of_the_rule_and_keeps_its_common_one(string rule)
    {
        var subject = rule == "hot_swollen_joint" ? HotSwollenHip : BothLegsWeak;
        var result = Kb.Engine.Assess(subject);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == rule);
        var screened = Kb.Knowledge.Rules.Single(r => r.Id == rule).ScreensFor;
        var top = result.Sources.Take(3).ToArray();
        Assert.Contains(top, s => screened.Contains(s.Id) && SourceGroups.Serious.Contains(s.Group));
        Assert.Contains(top, s => screened.Contains(s.Id) && !SourceGroups.Serious.Contains(s.Group));

        var held = result.Sources[2];
        var own = Kb.Engine.SourceProbabilities(subject);
        var index = Kb.Knowledge.Sources.Select((s, i) => (s, i)).Single(x => x.s.Id == held.Id).i;
        Assert.Equal(Math.Round(own[index], 4), held.Probability);
    }

    private static SourceResult Source(string id, string group, double p) => new(id, group, p, [], []);

    private static TriageRule Rule(params string[] screens) =>
        Kb.Knowledge.Rules.Single(r => r.Id == "bilateral_leg_weakness") with { ScreensFor = screens };

    [Fact]
    public void The_held_serious_source_takes_the_place_of_the_least_probable_unscreened_one()
    {
        var ranked = new[]
        {
            Source("mechanical_lbp", "mechanical", 0.3), Source("lumbar_radiculopathy", "radiculopathy", 0.2),
            Source("lumbar_stenosis", "stenosis", 0.1), Source("hip_oa", "hip_joint", 0.05),
            Source("cauda_equina", "cauda_equina", 0.01), Source("gtps", "gtps", 0.005),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("cauda_equina", "lumbar_radiculopathy")]);
        Assert.Equal(["mechanical_lbp", "lumbar_radiculopathy", "cauda_equina", "lumbar_stenosis", "hip_oa", "gtps"],
            ranked.Select(s => s.Id));
    }

    [Fact]
    public void An_unscreened_source_above_a_screened_one_yields_and_the_screened_one_moves_up()
    {
        var ranked = new[]
        {
            Source("mechanical_lbp", "mechanical", 0.3), Source("lumbar_radiculopathy", "radiculopathy", 0.2),
            Source("hip_oa", "hip_joint", 0.1), Source("cauda_equina", "cauda_equina", 0.01),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("cauda_equina", "lumbar_radiculopathy", "hip_oa")]);
        Assert.Equal(["lumbar_radiculopathy", "hip_oa", "cauda_equina", "mechanical_lbp"], ranked.Select(s => s.Id));
    }

    [Fact]
    public void A_serious_source_the_answers_put_in_the_top_three_is_passed_over_for_a_common_one()
    {
        var ranked = new[]
        {
            Source("mechanical_lbp", "mechanical", 0.3), Source("aaa", "vascular_visceral", 0.2),
            Source("lumbar_radiculopathy", "radiculopathy", 0.1), Source("hip_oa", "hip_joint", 0.05),
            Source("cauda_equina", "cauda_equina", 0.01),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("cauda_equina", "lumbar_radiculopathy")]);
        Assert.Equal(["aaa", "lumbar_radiculopathy", "cauda_equina", "mechanical_lbp", "hip_oa"], ranked.Select(s => s.Id));
    }

    [Fact]
    public void The_first_hold_also_passes_over_a_serious_source_in_the_top_three()
    {
        var ranked = new[]
        {
            Source("mechanical_lbp", "mechanical", 0.3), Source("hip_oa", "hip_joint", 0.2),
            Source("spinal_fracture", "fracture", 0.1), Source("gtps", "gtps", 0.05), Source("aaa", "vascular_visceral", 0.01),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("aaa")]);
        Assert.Equal(["mechanical_lbp", "spinal_fracture", "aaa", "hip_oa", "gtps"], ranked.Select(s => s.Id));
    }

    [Fact]
    public void When_every_top_three_source_is_screened_nothing_moves()
    {
        var ranked = new[]
        {
            Source("lumbar_radiculopathy", "radiculopathy", 0.3), Source("lumbar_stenosis", "stenosis", 0.2),
            Source("hip_oa", "hip_joint", 0.1), Source("mechanical_lbp", "mechanical", 0.05),
            Source("cauda_equina", "cauda_equina", 0.01),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("cauda_equina", "lumbar_radiculopathy", "lumbar_stenosis", "hip_oa")]);
        Assert.Equal(["lumbar_radiculopathy", "lumbar_stenosis", "hip_oa", "mechanical_lbp", "cauda_equina"],
            ranked.Select(s => s.Id));
    }

    [Fact]
    public void A_rule_screening_for_common_sources_only_holds_as_before()
    {
        var ranked = new[]
        {
            Source("mechanical_lbp", "mechanical", 0.3), Source("hip_oa", "hip_joint", 0.2),
            Source("gtps", "gtps", 0.1), Source("lumbar_radiculopathy", "radiculopathy", 0.05),
            Source("cauda_equina", "cauda_equina", 0.01),
        };
        ScreenedSourceHold.Apply(ranked, [Rule("lumbar_radiculopathy")]);
        Assert.Equal(["mechanical_lbp", "hip_oa", "lumbar_radiculopathy", "gtps", "cauda_equina"], ranked.Select(s => s.Id));
        Assert.Equal(Urgency.Emergency, Kb.Knowledge.Rules.Single(r => r.Id == "bilateral_leg_weakness").Urgency);
    }
}
