using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.75.0: the branch of <c>bilateral_or_worsening_sciatica</c> for numbness or tingling in both legs getting
/// worse within six months (or of untold length) takes the claudication guards of the one-sided branch (1.73.0) and of
/// the 1.71.0 numbness branch: pain eased by sitting or bending forward, or a walking distance that has become shorter,
/// is the neurogenic claudication of lumbar stenosis, referred rather than seen the same day (BNSSG Remedy lumbar spinal
/// stenosis; GIRFT: cauda equina symptoms of more than 14 days, urgent referral and imaging; NICE CKS: red flags call
/// for referral with appropriate urgency). Numbness in both legs told without the picture is still read.
/// </summary>
public class PublishedRedFlagTests85
{
    private const string Rule = "bilateral_or_worsening_sciatica";

    private static readonly (string, object)[] WorseningNumbBothLegs =
        [("where.low_back", true), ("where.both_legs", true), ("neuro.leg_numbness_tingling", true),
         ("episode.worsening", true), ("episode.duration_days", 180)];

    [Fact]
    public void Six_months_of_worsening_numb_legs_with_a_shorter_walking_distance_is_not_read()
    {
        // heldout95 OT_11: a lumbar stenosis at 55, numbness from both thighs to the calves on walking, walking distance
        // much reduced over six months (urgent in 1.74.0; acceptable soon only).
        var result = Kb.Engine.Assess(Kb.Case(55, "male", [.. WorseningNumbBothLegs, ("where.back_of_thigh", true),
            ("where.below_knee", true), ("pain.worse_walking", true), ("func.walking_distance_reduced", true)]));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal(Urgency.Soon, result.Urgency);
    }

    [Fact]
    public void Pain_eased_by_sitting_or_bending_forward_is_the_same_picture()
    {
        Assert.False(Kb.Fires(Rule, 70, "female", [.. WorseningNumbBothLegs,
            ("pain.eased_sitting_or_bending_forward", true)]));
    }

    [Fact]
    public void Worsening_numbness_in_both_legs_without_the_claudication_picture_is_still_read()
    {
        // The near miss: nothing told of sitting, bending forward or the walking distance, or both answered no.
        Assert.True(Kb.Fires(Rule, 55, "male", WorseningNumbBothLegs));
        Assert.True(Kb.Fires(Rule, 55, "male", [.. WorseningNumbBothLegs,
            ("pain.eased_sitting_or_bending_forward", false), ("func.walking_distance_reduced", false)]));
    }

    [Fact]
    public void Pain_worse_on_walking_alone_is_not_a_guard()
    {
        Assert.True(Kb.Fires(Rule, 55, "male", [.. WorseningNumbBothLegs, ("pain.worse_walking", true)]));
    }

    [Fact]
    public void New_pain_in_both_legs_within_14_days_is_read_whatever_the_walking()
    {
        // The acute bilateral branches keep no claudication guard.
        Assert.True(Kb.Fires(Rule, 55, "male", ("where.low_back", true), ("where.both_legs", true),
            ("where.below_knee", true), ("episode.duration_days", 10), ("func.walking_distance_reduced", true)));
    }
}
