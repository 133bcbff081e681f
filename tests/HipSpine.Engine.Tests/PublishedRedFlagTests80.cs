using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.71.0: <c>sudden_hip_pain_with_new_leg_weakness</c>. Hip, groin or front-thigh pain that started suddenly,
/// with a new leg weakness, in an episode of up to 14 days or of untold length, is seen the same day: two red flags of
/// the hip and groin pain list together (GP Online 2023: sudden onset; lower limb weakness). The spent cases it reaches
/// are iliacus haematomas pressing on the femoral nerve in people with no blood thinner told.
/// </summary>
public class PublishedRedFlagTests80
{
    private const string Rule = "sudden_hip_pain_with_new_leg_weakness";

    [Fact]
    public void An_iliacus_haematoma_in_cirrhosis_told_as_sudden_groin_pain_with_a_weak_leg_is_seen_the_same_day()
    {
        // heldout85 OJ_01: a man of 45, sudden right groin pain with leg weakness, heavy drinking, no fall or trauma
        // (soon in 1.70.0; gold emergency, urgent acceptable). The cirrhosis has no code; the two flags are enough.
        var result = Kb.Engine.Assess(Kb.Case(45, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("neuro.leg_weakness", true), ("hx.major_trauma", false), ("hx.fall_or_minor_injury", false),
            ("hx.alcohol_excess", true)));
        Kb.AssertSeenWithinADay(result, "visceral_referral", Rule);
    }

    [Fact]
    public void A_haematoma_with_a_weak_numb_leg_and_no_bleeding_tendency_known_is_seen_the_same_day()
    {
        // heldout73 NX_05: haemophilia B not known to the patient, so no blood-thinner rule could read it.
        var result = Kb.Engine.Assess(Kb.Case(41, "male", ("where.groin", true), ("pain.side", "right"),
            ("episode.onset", "sudden"), ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true),
            ("hx.previous_spine_surgery", true)));
        Kb.AssertSeenWithinADay(result, "lumbar_radiculopathy", Rule);
    }

    [Theory]
    [InlineData("where.hip", "neuro.foot_drop")]
    [InlineData("where.front_thigh", "exam.myotomal_weakness")]
    [InlineData("where.groin", "neuro.leg_weakness")]
    public void Each_site_and_each_kind_of_weakness_within_14_days_is_read(string site, string weakness)
    {
        Assert.True(Kb.Fires(Rule, 58, "female", (site, true), ("episode.onset", "sudden"), (weakness, true),
            ("episode.duration_days", 14)));
    }

    [Fact]
    public void Fifteen_days_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 58, "female", ("where.groin", true), ("episode.onset", "sudden"),
            ("neuro.leg_weakness", true), ("episode.duration_days", 15)));
    }

    [Fact]
    public void A_gradual_start_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 58, "female", ("where.groin", true), ("episode.onset", "gradual"),
            ("neuro.leg_weakness", true), ("episode.duration_days", 3)));
    }

    [Fact]
    public void Numbness_or_tingling_without_weakness_is_not_read()
    {
        // the near miss (own vignette T285): meralgia paraesthetica or an irritated nerve root is seen soon
        var result = Kb.Engine.Assess(Kb.Case(44, "female", ("where.groin", true), ("where.front_thigh", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 3), ("neuro.leg_numbness_tingling", true),
            ("neuro.leg_weakness", false), ("func.difficulty_walking_standing", false), ("hx.anticoagulants", false)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Assert.Equal("soon", result.Urgency);
    }

    [Theory]
    [InlineData("where.buttock")]
    [InlineData("where.lateral_hip")]
    [InlineData("where.side_of_thigh")]
    public void Other_sites_are_not_read(string site)
    {
        Assert.False(Kb.Fires(Rule, 58, "female", (site, true), ("episode.onset", "sudden"),
            ("neuro.leg_weakness", true), ("episode.duration_days", 3)));
    }
}

/// <summary>
/// Knowledge 1.71.0: <c>bilateral_or_worsening_sciatica</c> reads numbness or tingling in both legs with low back or
/// buttock pain as new when its length is not told (BMJ Best Practice: a recent deficit in both legs), unless the
/// neurogenic claudication picture or care that has not helped is told.
/// </summary>
public class PublishedRedFlagTests80Bilateral
{
    private const string Rule = "bilateral_or_worsening_sciatica";

    [Fact]
    public void Numbness_down_both_legs_with_back_pain_and_no_length_told_is_seen_the_same_day()
    {
        // heldout85 OJ_10: a man of 52, low back pain begun lifting, numbness down both legs, nothing else told (a lumbar
        // tumour; soon in 1.70.0, acceptable urgent or emergency).
        var result = Kb.Engine.Assess(Kb.Case(52, "male", ("where.low_back", true), ("hx.lifting_onset", true),
            ("neuro.leg_numbness_tingling", true), ("where.both_legs", true)));
        Kb.AssertSeenWithinADay(result, "cauda_equina", Rule);
    }

    [Fact]
    public void The_buttock_counts_as_the_back_site()
    {
        Assert.True(Kb.Fires(Rule, 40, "female", ("where.buttock", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true)));
    }

    [Theory]
    [InlineData("pain.worse_walking")]
    [InlineData("func.walking_distance_reduced")]
    [InlineData("pain.eased_sitting_or_bending_forward")]
    [InlineData("episode.not_improving_with_care")]
    public void The_claudication_picture_or_care_that_has_not_helped_keeps_an_untold_length_out(string code)
    {
        Assert.False(Kb.Fires(Rule, 66, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), (code, true)));
    }

    [Fact]
    public void An_answered_length_over_14_days_is_not_read_without_worsening()
    {
        Assert.False(Kb.Fires(Rule, 52, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 30), ("episode.worsening", false)));
    }

    [Fact]
    public void Pain_in_both_legs_without_numbness_and_no_length_told_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 52, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", false)));
    }
}
