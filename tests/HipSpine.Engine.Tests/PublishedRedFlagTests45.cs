using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.37.0, a triage-safety round on under-triage kinds that a published criterion covers.
/// An obturator hernia gives pain down the inner thigh to the knee (Howship's sign) with the vomiting of a bowel
/// obstruction that builds over days, so the 50-or-over branch of <c>groin_pain_with_vomiting</c> reads knee pain and
/// an episode of up to 7 days (the groin keeps its 1-day line). A psoas abscess shows as back pain with a limp, with a
/// fever in a minority, and diabetes is among its risk factors: so <c>infection_risk_with_spinal_pain</c> reads diabetes
/// with walking difficulty within six weeks. NICE CG27 1.13.4 asks for an immediate X-ray for a suspected spontaneous fracture: a person with cancer
/// or unexplained weight loss who newly cannot bear weight is an emergency
/// (<c>cancer_risk_new_inability_to_bear_weight</c>). Prolonged corticosteroid use is the strongest fracture red
/// flag in acute low back pain (Henschke et al. 2009), so <c>vertebral_insufficiency_fracture</c> reads it in back
/// pain of up to 14 days without a sudden start. Each change is tested both ways, with an over-triage guard.
/// </summary>
public class PublishedRedFlagTests45
{
    private const string Hernia = "groin_pain_with_vomiting";
    private const string Infection = "infection_risk_with_spinal_pain";
    private const string Spontaneous = "cancer_risk_new_inability_to_bear_weight";
    private const string Steroids = "vertebral_insufficiency_fracture";

    [Theory]
    [InlineData("where.knee", 3)]
    [InlineData("where.knee", 7)]
    [InlineData("where.front_thigh", 6)]
    public void Thigh_or_knee_pain_with_being_sick_within_a_week_at_50_or_over_is_an_emergency(string site, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(81, "female",
            (site, true), ("systemic.nausea_vomiting", true), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "visceral_referral", Hernia);
    }

    [Fact]
    public void Near_miss_knee_pain_with_being_sick_for_more_than_a_week_or_under_50_is_not_read_as_a_hernia()
    {
        Assert.False(Kb.Fires(Hernia, 81, "female", ("where.knee", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 8)));
        Assert.False(Kb.Fires(Hernia, 45, "female", ("where.knee", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 3)));
    }

    [Fact]
    public void The_groin_keeps_its_one_day_line_for_torsion_and_strangulation()
    {
        Assert.True(Kb.Fires(Hernia, 30, "male", ("where.groin", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 1)));
        Assert.False(Kb.Fires(Hernia, 30, "male", ("where.groin", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 3), ("episode.onset", "gradual")));
    }

    [Fact]
    public void Over_triage_guard_knee_pain_without_being_sick_is_not_an_emergency()
    {
        var findings = new (string, object)[]
        {
            ("where.knee", true), ("systemic.nausea_vomiting", false), ("episode.duration_days", 3),
            ("hx.fall_or_minor_injury", false), ("hx.major_trauma", false),
        };
        Assert.False(Kb.Fires(Hernia, 75, "female", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(75, "female", findings));
    }

    [Theory]
    [InlineData("func.difficulty_walking_standing")]
    [InlineData("func.cannot_bear_weight")]
    [InlineData("func.limp")]
    public void Diabetes_with_back_pain_that_makes_walking_hard_within_six_weeks_is_seen_the_same_day(string sign)
    {
        var result = Kb.Engine.Assess(Kb.Case(41, "male", ("where.low_back", true), ("hx.diabetes", true),
            (sign, true), ("episode.duration_days", 21)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Infection);
        // An unanswered length is never reassurance.
        Assert.True(Kb.Fires(Infection, 41, "male", ("where.low_back", true), ("hx.diabetes", true), (sign, true)));
    }

    [Fact]
    public void Near_miss_diabetes_with_long_standing_walking_difficulty_is_not_read()
    {
        Assert.False(Kb.Fires(Infection, 70, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("func.difficulty_walking_standing", true), ("episode.duration_days", 90)));
    }

    [Fact]
    public void Over_triage_guard_diabetes_with_steady_back_pain_and_nothing_else_is_not_read()
    {
        Assert.False(Kb.Fires(Infection, 55, "male", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.duration_days", 21), ("episode.worsening", false), ("func.difficulty_walking_standing", false),
            ("func.cannot_bear_weight", false), ("func.limp", false), ("systemic.unwell", false)));
    }

    [Theory]
    [InlineData("hx.cancer", 2, "gradual")]
    [InlineData("systemic.weight_loss", 3, "gradual")]
    [InlineData("hx.cancer", 30, "sudden")]
    public void Newly_unable_to_bear_weight_with_cancer_or_weight_loss_is_an_emergency(string sign, int days, string onset)
    {
        var result = Kb.Engine.Assess(Kb.Case(41, "female", ("where.hip", true), ("func.cannot_bear_weight", true),
            (sign, true), ("episode.duration_days", days), ("episode.onset", onset), ("hx.fall_or_minor_injury", false)));
        Kb.AssertEmergency(result, "malignancy", Spontaneous);
    }

    [Fact]
    public void Near_miss_long_standing_inability_to_bear_weight_with_weight_loss_is_not_this_emergency()
    {
        Assert.False(Kb.Fires(Spontaneous, 44, "female", ("where.low_back", true), ("func.cannot_bear_weight", true),
            ("systemic.weight_loss", true), ("episode.duration_days", 365), ("episode.onset", "gradual")));
    }

    [Fact]
    public void Over_triage_guard_newly_unable_to_bear_weight_without_a_cancer_sign_stays_urgent()
    {
        var findings = new (string, object)[]
        {
            ("where.hip", true), ("func.cannot_bear_weight", true), ("hx.cancer", false), ("systemic.weight_loss", false),
            // 3 days, not 2: from knowledge 1.66.0 an inability to bear weight begun within 2 days is an emergency
            // without a cancer sign (sudden_inability_to_bear_weight).
            ("episode.duration_days", 3), ("episode.onset", "gradual"), ("hx.fall_or_minor_injury", false),
            ("hx.major_trauma", false), ("systemic.fever", false),
        };
        Assert.False(Kb.Fires(Spontaneous, 41, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(41, "female", findings));
    }

    [Fact]
    public void New_back_pain_on_long_term_steroids_is_a_possible_fracture_without_a_sudden_start()
    {
        var result = Kb.Engine.Assess(Kb.Case(59, "male", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 5)));
        Kb.AssertSeenWithinADay(result, "spinal_fracture", Steroids);
        Assert.True(Kb.Fires(Steroids, 61, "female", ("where.low_back", true), ("hx.long_term_steroids", true)));
    }

    [Fact]
    public void Near_miss_long_standing_gradual_back_pain_on_steroids_or_new_back_pain_without_them_is_not_read()
    {
        Assert.False(Kb.Fires(Steroids, 59, "male", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 60)));
        Assert.False(Kb.Fires(Steroids, 59, "male", ("where.low_back", true), ("hx.long_term_steroids", false),
            ("episode.onset", "gradual"), ("episode.duration_days", 5)));
    }

    [Fact]
    public void Over_triage_guard_hip_pain_on_steroids_is_not_read_as_a_spinal_fracture()
    {
        Assert.False(Kb.Fires(Steroids, 40, "female", ("where.hip", true), ("hx.long_term_steroids", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 5)));
    }
}
