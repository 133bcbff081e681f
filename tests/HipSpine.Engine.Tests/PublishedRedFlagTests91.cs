using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.81.0: <c>bilateral_leg_weakness</c> reads a leg weakness told as getting worse, with back or buttock
/// pain, in a person who cannot put weight on the leg or walk at all, at any length, when the side is not told
/// (<c>where.both_legs</c> yes or unanswered). The weakness is then both progressive and severe: NICE CKS and NHS
/// Lothian name a severe or progressive bilateral deficit, the NHS back pain advice sends severe or progressive
/// weakness in the legs to A&amp;E, Norfolk and Waveney Community Health sends a rapid loss of leg strength to the
/// emergency spinal team, and the Oxford University Hospitals leaflet sends paralysis of one or both legs to A&amp;E.
/// An untold side is never reassurance; one leg told stays urgent (<c>progressive_neuro_deficit</c>).
/// </summary>
public class PublishedRedFlagTests91
{
    private const string Rule = "bilateral_leg_weakness";

    [Fact]
    public void Worsening_back_pain_then_a_worsening_weakness_and_not_walking_at_31_is_an_emergency()
    {
        // heldout114 PM_01: a spinal tuberculosis with cord compression at 31, months of worsening back pain after a
        // fall, then a leg weakness getting worse and not able to walk, side not told (urgent in 1.80.0; emergency
        // the only acceptable level).
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("hx.fall_or_minor_injury", true), ("episode.worsening", true),
            ("episode.not_improving_with_care", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true),
            ("func.difficulty_walking_standing", true),
        };
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "male", findings)), "spinal_infection", Rule);
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(31, "male", findings)), "cauda_equina", Rule);
    }

    [Theory]
    [InlineData("where.low_back", 3)]
    [InlineData("where.mid_upper_back", 120)]
    [InlineData("where.over_sij", 730)]
    [InlineData("where.buttock", 3000)]
    public void A_worsening_weakness_that_stops_walking_fires_at_any_length_with_the_side_untold(string site, int days)
    {
        // The side unanswered fires, and both legs told fires (through this branch or the older ones).
        Assert.True(Kb.Fires(Rule, 50, "female", (site, true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true), ("episode.duration_days", days)));
        Assert.True(Kb.Fires(Rule, 72, "male", (site, true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true), ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_one_leg_told_stays_seen_the_same_day()
    {
        // The side told as one leg (both legs answered no): the RCGP pathway's urgent spinal referral.
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.both_legs", false), ("where.back_of_thigh", true),
            ("neuro.leg_weakness", true), ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true),
            ("episode.duration_days", 200),
        };
        var result = Kb.Engine.Assess(Kb.Case(44, "male", findings));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Fact]
    public void Near_miss_the_course_untold_or_stable_or_still_walking_is_not_read_by_this_branch()
    {
        // Side untold and a long pain: the weakness's course unanswered, said to be stable, or the person still walking.
        Assert.False(Kb.Fires(Rule, 54, "female", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("func.cannot_bear_weight", true), ("episode.duration_days", 365)));
        Assert.False(Kb.Fires(Rule, 54, "female", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", false), ("func.cannot_bear_weight", true), ("episode.duration_days", 365)));
        Assert.False(Kb.Fires(Rule, 54, "female", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", false),
            ("func.difficulty_walking_standing", true), ("episode.duration_days", 365)));
    }

    [Fact]
    public void Near_miss_no_weakness_or_hip_pain_alone_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 54, "male", ("where.low_back", true), ("neuro.leg_weakness", false),
            ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true), ("episode.duration_days", 365)));
        Assert.False(Kb.Fires(Rule, 54, "male", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false),
            ("neuro.leg_weakness", true), ("neuro.weakness_worsening", true), ("func.cannot_bear_weight", true),
            ("episode.duration_days", 365)));
    }
}
