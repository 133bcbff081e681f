using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.33.0, a triage-safety round on over-triage. A slipped capital femoral epiphysis
/// happens only while the growth plate is open, which closes earlier in girls: in the Swedish national series of
/// every treated slip (Herngren et al. 2017) the girls were 7.2-15.4 years old and the boys 3.8-17.7, so hip, groin,
/// thigh or knee pain or a limp is read as a possible slip from 10 to 15 in everyone and at 16 in boys only. Leg
/// pain in both legs that has been getting worse for more than three months is the chronic picture that NHS referral
/// guidance manages in the community first (NHS Devon: 12 weeks of conservative care before a specialist referral;
/// chronic after three months), so it is no longer a same-day cauda equina warning; numbness or tingling in both
/// legs that is getting worse is a progressive bilateral neurological deficit (NICE CKS Sciatica red flags) and keeps
/// its six months (the 1.25.0 guard of <see cref="PublishedRedFlagTests25"/> is unchanged), as does sciatica with a
/// nerve sign (the 1.32.0 reading of <see cref="PublishedRedFlagTests40"/>).
/// </summary>
public class PublishedRedFlagTests41
{
    private const string Scfe = "scfe";
    private const string Sciatica = "bilateral_or_worsening_sciatica";

    [Theory]
    [InlineData(10, "female", "where.knee")]
    [InlineData(12, "female", "where.groin")]
    [InlineData(15, "female", "where.hip")]
    [InlineData(15, "female", "func.limp")]
    [InlineData(13, "male", "where.front_thigh")]
    [InlineData(16, "male", "where.knee")]
    [InlineData(16, "male", "func.limp")]
    [InlineData(16, "other", "where.hip")]
    [InlineData(16, null, "where.groin")] // "prefer not to say": read as for a boy, never as reassurance
    public void Hip_groin_thigh_or_knee_pain_or_a_limp_while_the_growth_plate_is_open_is_a_possible_slip(int age, string? sex, string finding)
    {
        Assert.True(Kb.Fires(Scfe, age, sex, (finding, true)));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(age, sex, (finding, true)));
    }

    [Theory]
    [InlineData("where.hip")]
    [InlineData("where.groin")]
    [InlineData("where.knee")]
    [InlineData("func.limp")]
    public void A_girl_of_16_is_past_the_ages_at_which_girls_slip(string finding)
    {
        Assert.False(Kb.Fires(Scfe, 16, "female", (finding, true)));
        // An impingement or labral pain of a teenage athlete is referred, not seen the same day.
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(16, "female", (finding, true), ("episode.duration_days", 60)));
    }

    [Theory]
    [InlineData(9, "male")]
    [InlineData(17, "male")]
    [InlineData(17, "female")]
    public void Outside_the_ages_read_the_rule_does_not_fire(int age, string sex)
    {
        Assert.False(Kb.Fires(Scfe, age, sex, ("where.hip", true)));
    }

    [Fact]
    public void A_girl_of_16_who_cannot_bear_weight_still_goes_to_the_emergency_department()
    {
        var findings = new (string, object)[] { ("where.groin", true), ("func.cannot_bear_weight", true), ("episode.onset", "sudden"), ("episode.duration_days", 1) };
        Assert.False(Kb.Fires(Scfe, 16, "female", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(16, "female", findings));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(90)]
    public void Leg_pain_in_both_legs_getting_worse_within_three_months_is_seen_the_same_day(int days)
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(Sciatica, 70, "male", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(70, "male", findings));
    }

    [Theory]
    [InlineData(91)]
    [InlineData(120)]
    [InlineData(180)]
    public void Leg_pain_in_both_legs_getting_worse_for_more_than_three_months_is_referred(int days)
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true), ("episode.duration_days", days), ("episode.onset", "gradual") };
        Assert.False(Kb.Fires(Sciatica, 78, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(78, "male", findings));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(180)]
    public void Numbness_in_both_legs_getting_worse_keeps_six_months(int days)
    {
        // A cough-pain nerve sign also keeps the six months of 1.32.0.
        Assert.True(Kb.Fires(Sciatica, 30, "female", ("where.both_legs", true), ("where.below_knee", true),
            ("pain.worse_cough_sneeze", true), ("episode.worsening", true), ("episode.duration_days", days)));
        Assert.True(Kb.Fires(Sciatica, 30, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", true), ("episode.duration_days", days)));
        Assert.False(Kb.Fires(Sciatica, 30, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", true), ("episode.duration_days", 181)));
    }

    [Fact]
    public void New_sciatica_in_both_legs_and_worsening_sciatica_of_unanswered_length_are_read_as_before()
    {
        Assert.True(Kb.Fires(Sciatica, 45, "male", ("where.both_legs", true), ("where.below_knee", true), ("episode.duration_days", 7)));
        Assert.True(Kb.Fires(Sciatica, 45, "male", ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true)));
        Assert.True(Kb.Fires(Sciatica, 45, "male", ("where.back_of_thigh", true), ("pain.worse_cough_sneeze", true), ("episode.worsening", true)));
    }

    [Fact]
    public void Bladder_symptoms_or_weakness_in_both_legs_still_read_a_picture_of_four_months()
    {
        var bladder = new (string, object)[] { ("where.low_back", true), ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true), ("episode.duration_days", 120), ("neuro.bladder_change", true) };
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(55, "female", bladder)), "cauda_equina", "cauda_equina");
        var weak = new (string, object)[] { ("where.low_back", true), ("where.both_legs", true), ("where.below_knee", true), ("episode.worsening", true), ("episode.duration_days", 120), ("neuro.leg_weakness", true) };
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(55, "female", weak));
    }
}
