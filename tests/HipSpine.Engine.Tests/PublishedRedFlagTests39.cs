using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.31.0, a triage-safety round. A back or belly pain that started suddenly on the same
/// day and is severe or getting worse, in an adult with high blood pressure or heart or artery disease, is sent to the
/// emergency department as a possible aortic dissection at any adult age (IRAD: 7 % of dissections under 40 with the
/// same presentations, Januzzi et al. 2004; sudden onset and severe pain are the high-risk pain features of the
/// detection tools, whose D-dimer and CT are emergency-department tests). A low back and groin pain on one side that
/// started suddenly is seen the same day as possible renal colic (sudden loin pain radiating to the groin: Cornwall
/// referral criteria, Pulse, NHS Lothian; CT within 24 hours: NICE NG118 1.1.1). The guards keep a back pain of two
/// days or more, one with no sign of severity, one without high blood pressure, a gradual start and pain on both
/// sides out.
/// </summary>
public class PublishedRedFlagTests39
{
    private const string Aortic = "sudden_severe_trunk_pain_high_blood_pressure";
    private const string Colic = "renal_colic";

    [Theory]
    [InlineData(35, "where.low_back", "episode.worsening", true)]
    [InlineData(38, "where.low_back", "pain.restless_cannot_get_comfortable", true)]
    [InlineData(29, "where.mid_upper_back", "pain.severity_now", 8)]
    [InlineData(44, "where.abdomen", "pain.severity_worst", 9)]
    [InlineData(47, "where.flank", "pain.unrelieved_by_rest_or_painkillers", true)]
    public void Sudden_severe_or_worsening_trunk_pain_today_with_high_blood_pressure_is_an_emergency(int age, string site,
        string severity, object value)
    {
        var findings = new (string, object)[] { (site, true), ("episode.onset", "sudden"), ("episode.duration_days", 0),
            (severity, value), ("hx.vascular_disease", true) };
        Assert.True(Kb.Fires(Aortic, age, "female", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, "female", findings)), "aaa", Aortic);
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new()
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.worsening", true), ("hx.vascular_disease", true) };
        Assert.True(Kb.Fires(Aortic, 36, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(36, "male", findings)), "aaa", Aortic);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(30)]
    public void A_sudden_back_pain_of_two_days_or_more_is_left_to_the_other_rules(int days)
    {
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", days), ("episode.worsening", true), ("hx.vascular_disease", true)));
    }

    [Fact]
    public void A_sudden_back_pain_today_with_no_sign_of_severity_is_not_read()
    {
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("hx.vascular_disease", true)));
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("pain.severity_now", 5), ("episode.worsening", false), ("hx.vascular_disease", true)));
    }

    [Fact]
    public void Without_high_blood_pressure_or_heart_or_artery_disease_or_with_a_gradual_start_it_is_not_read()
    {
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("episode.worsening", true), ("hx.vascular_disease", false)));
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("episode.worsening", true), ("hx.smoker", true)));
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.low_back", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 0), ("episode.worsening", true), ("hx.vascular_disease", true)));
    }

    [Fact]
    public void Hip_or_leg_pain_alone_or_a_child_is_not_read()
    {
        Assert.False(Kb.Fires(Aortic, 40, "male", ("where.hip", true), ("where.low_back", false), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("episode.worsening", true), ("hx.vascular_disease", true)));
        Assert.False(Kb.Fires(Aortic, 15, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("episode.worsening", true), ("hx.vascular_disease", true)));
    }

    [Theory]
    [InlineData("right")]
    [InlineData("left")]
    public void Sudden_low_back_and_groin_pain_on_one_side_is_seen_the_same_day(string side)
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("where.groin", true), ("pain.side", side),
            ("episode.onset", "sudden") };
        Assert.True(Kb.Fires(Colic, 50, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(50, "male", findings)), "visceral_referral", Colic);
    }

    [Fact]
    public void Low_back_and_groin_pain_on_both_sides_or_that_came_on_gradually_is_not_read_as_colic()
    {
        Assert.False(Kb.Fires(Colic, 50, "male", ("where.low_back", true), ("where.groin", true), ("pain.side", "both"),
            ("episode.onset", "sudden")));
        Assert.False(Kb.Fires(Colic, 50, "male", ("where.low_back", true), ("where.groin", true), ("pain.side", "right"),
            ("episode.onset", "gradual")));
        Assert.False(Kb.Fires(Colic, 50, "male", ("where.low_back", true), ("where.groin", true), ("episode.onset", "sudden")));
    }

    [Fact]
    public void Sudden_groin_pain_on_one_side_without_back_pain_is_not_read_as_colic()
    {
        Assert.False(Kb.Fires(Colic, 50, "male", ("where.low_back", false), ("where.groin", true), ("pain.side", "right"),
            ("episode.onset", "sudden")));
    }
}
