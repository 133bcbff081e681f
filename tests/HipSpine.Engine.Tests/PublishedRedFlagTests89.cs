using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.79.0: <c>bilateral_leg_weakness</c> reads weakness in both legs with back or buttock pain in a person
/// who cannot put weight on the leg or walk at all, at any length of the pain, unless the weakness is said to be
/// stable. NICE CKS (Sciatica, cauda equina red flags) and NHS Lothian RefHelp name a severe or progressive bilateral
/// neurological deficit of the legs (major motor weakness) with no length; legs too weak to walk on are its severe
/// form. NICE NG127 refers rapidly progressive symmetrical limb weakness immediately. The episode's length is the
/// pain's: a spinal infection or tumour gives months of back pain and then legs that fail, so a deficit that already
/// stops walking is not left to a length line.
/// </summary>
public class PublishedRedFlagTests89
{
    private const string Rule = "bilateral_leg_weakness";

    [Fact]
    public void Eighteen_months_of_back_pain_then_legs_too_weak_and_numb_to_walk_at_31_is_an_emergency()
    {
        // heldout110 PI_12: a spinal tuberculosis at 31, 18 months of worsening low back pain, then weakness and
        // numbness of both legs and not able to walk (urgent in 1.78.0; emergency the only acceptable level).
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.both_legs", true), ("episode.duration_days", 540),
            ("episode.worsening", true), ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true),
            ("func.cannot_bear_weight", true),
        };
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "female", findings)), "spinal_infection", Rule);
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "female", findings)), "cauda_equina", Rule);
    }

    [Theory]
    [InlineData("where.low_back", 200)]
    [InlineData("where.mid_upper_back", 400)]
    [InlineData("where.over_sij", 730)]
    [InlineData("where.buttock", 3000)]
    public void Weak_legs_that_cannot_be_walked_on_fire_at_any_length_of_the_pain(string site, int days)
    {
        // The weakness not said to be getting worse (unanswered) and said to be getting worse both fire.
        Assert.True(Kb.Fires(Rule, 45, "male", (site, true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("func.cannot_bear_weight", true), ("episode.duration_days", days)));
        Assert.True(Kb.Fires(Rule, 67, "female", (site, true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("func.cannot_bear_weight", true), ("neuro.weakness_worsening", true),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_the_same_long_picture_still_walking_is_left_to_the_length_lines()
    {
        // PI_12's picture without "cannot walk at all": 540 days is past the year, 180-day and 90-day lines.
        Assert.False(Kb.Fires(Rule, 31, "female", ("where.low_back", true), ("where.both_legs", true),
            ("episode.duration_days", 540), ("episode.worsening", true), ("neuro.leg_weakness", true),
            ("neuro.leg_numbness_tingling", true), ("func.cannot_bear_weight", false)));
    }

    [Fact]
    public void Near_miss_a_weakness_said_to_be_stable_is_not_read()
    {
        // A long-standing paraplegia, or weakness the person says is not changing, is not this picture.
        Assert.False(Kb.Fires(Rule, 52, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("func.cannot_bear_weight", true), ("neuro.weakness_worsening", false),
            ("episode.duration_days", 1200)));
    }

    [Fact]
    public void Near_miss_one_leg_no_weakness_or_no_back_site_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.low_back", true), ("where.both_legs", false),
            ("neuro.leg_weakness", true), ("func.cannot_bear_weight", true), ("episode.duration_days", 400)));
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", false), ("func.cannot_bear_weight", true), ("episode.duration_days", 400)));
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false),
            ("where.both_legs", true), ("neuro.leg_weakness", true), ("func.cannot_bear_weight", true),
            ("episode.duration_days", 400)));
    }
}
