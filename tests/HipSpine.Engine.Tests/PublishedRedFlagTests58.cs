using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.49.0, tested both ways with over-triage guards: a sudden groin pain of today or
/// yesterday in a boy or man of 9-39 whose testicle question was not answered may be a torsion told as groin pain
/// (NICE CKS Scrotal pain and swelling; HSIB 2019; Queensland acute scrotal pain guideline; a torsion series in which
/// a fifth began as belly or groin pain: <c>sudden_groin_pain_young_male</c>), while a clear denial of testicle pain
/// is the person's answer; at 65 or over a sudden pain of today or yesterday both between the shoulder blades and in the
/// low back is an emergency without a severity (ADD-RS abrupt onset; incidence several-fold above 65:
/// <c>acute_aortic_pain</c>); new back pain with a weak immune system is same day without a fever (immunosuppression
/// on the red-flag list in its own right: <c>infection_risk_with_spinal_pain</c>); feeling systemically unwell with
/// new back pain that is getting worse is same day without weight loss or fever (South Tees red flags; NICE CKS:
/// <c>weight_loss_unwell_worsening_pain</c>).
/// </summary>
public class PublishedRedFlagTests58
{
    private const string Groin = "sudden_groin_pain_young_male";
    private const string Aortic = "acute_aortic_pain";
    private const string Infection = "infection_risk_with_spinal_pain";

    [Theory]
    [InlineData(9, 0)]
    [InlineData(16, 1)]
    [InlineData(39, 0)]
    public void Sudden_groin_pain_within_a_day_with_the_testicle_not_answered_is_an_emergency(int age, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "visceral_referral", Groin);
    }

    [Fact]
    public void An_unanswered_length_of_a_sudden_groin_pain_is_read_as_new()
    {
        Assert.True(Kb.Fires(Groin, 34, "male", ("where.groin", true), ("episode.onset", "sudden")));
    }

    [Fact]
    public void Testicle_pain_denied_is_the_persons_answer_and_keeps_the_groin_rule_silent()
    {
        // engine 1.49: orUnanswered on a yes/no finding is false only when answered no.
        Assert.False(Kb.Fires(Groin, 24, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 0), ("visceral.testicle_pain", false)));
    }

    [Fact]
    public void Near_miss_it_needs_a_male_of_9_to_39_the_groin_a_sudden_start_and_a_pain_of_a_day()
    {
        (string, object)[] sudden = [("where.groin", true), ("episode.onset", "sudden"), ("episode.duration_days", 0)];
        Assert.False(Kb.Fires(Groin, 40, "male", sudden));
        Assert.False(Kb.Fires(Groin, 8, "male", sudden));
        Assert.False(Kb.Fires(Groin, 25, "female", sudden));
        Assert.False(Kb.Fires(Groin, 25, "male", ("where.groin", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Groin, 25, "male", ("where.groin", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Groin, 25, "male", ("where.groin", false), ("where.hip", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0)));
    }

    [Fact]
    public void Over_triage_guard_a_sudden_groin_strain_with_the_testicle_pain_free_is_not_an_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(22, "male", ("where.groin", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0), ("visceral.testicle_pain", false),
            ("hx.fall_or_minor_injury", true), ("func.difficulty_walking_standing", false),
            ("systemic.nausea_vomiting", false), ("pain.severity_worst", 5)));
    }

    [Theory]
    [InlineData(65, "female", 0)]
    [InlineData(80, "male", 1)]
    public void Sudden_pain_between_the_shoulder_blades_and_in_the_low_back_at_65_or_over_is_an_emergency(
        int age, string sex, int days)
    {
        // No severity and no risk factor answered: the branch reads the two back regions, the start and the day.
        var result = Kb.Engine.Assess(Kb.Case(age, sex, ("where.mid_upper_back", true), ("where.low_back", true),
            ("episode.onset", "sudden"), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "aaa", Aortic);
        Assert.True(Kb.Fires(Aortic, age, sex, ("where.mid_upper_back", true), ("where.low_back", true),
            ("episode.onset", "sudden")));
    }

    [Fact]
    public void Near_miss_the_aortic_branch_needs_65_both_back_regions_a_sudden_start_and_a_day()
    {
        Assert.False(Kb.Fires(Aortic, 64, "female", ("where.mid_upper_back", true), ("where.low_back", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Aortic, 75, "female", ("where.mid_upper_back", false), ("where.low_back", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Aortic, 75, "female", ("where.mid_upper_back", true), ("where.low_back", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Aortic, 75, "female", ("where.mid_upper_back", true), ("where.low_back", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 3)));
    }

    [Fact]
    public void Over_triage_guard_a_gradual_two_region_back_ache_of_weeks_at_70_is_not_an_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "female", ("where.mid_upper_back", true),
            ("where.low_back", true), ("episode.onset", "gradual"), ("episode.duration_days", 30),
            ("episode.worsening", false), ("pain.severity_worst", 4)));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(14)]
    public void New_back_pain_with_a_weak_immune_system_is_same_day_without_a_fever(int days)
    {
        Assert.True(Kb.Fires(Infection, 43, "female", ("where.low_back", true), ("hx.immunosuppressed", true),
            ("episode.duration_days", days), ("systemic.fever", false)));
        Assert.True(Kb.Fires(Infection, 43, "female", ("where.buttock", true), ("hx.immunosuppressed", true)));
    }

    [Fact]
    public void Near_miss_long_standing_back_pain_with_a_weak_immune_system_and_nothing_else_needs_a_second_feature()
    {
        Assert.False(Kb.Fires(Infection, 43, "female", ("where.low_back", true), ("hx.immunosuppressed", true),
            ("episode.duration_days", 15), ("episode.worsening", false),
            ("pain.constant_unaffected_by_movement", false), ("pain.night", false),
            ("pain.night_no_position_eases", false), ("systemic.unwell", false)));
        Assert.False(Kb.Fires(Infection, 43, "female", ("where.low_back", true), ("hx.immunosuppressed", false),
            ("episode.duration_days", 5)));
    }

    [Fact]
    public void Over_triage_guard_new_back_pain_without_a_weak_immune_system_or_other_risk_is_not_urgent()
    {
        Assert.DoesNotContain(Kb.UrgencyOf(35, "male", ("where.low_back", true), ("episode.duration_days", 5),
            ("hx.immunosuppressed", false), ("hx.long_term_steroids", false), ("hx.diabetes", false),
            ("hx.iv_drug_use", false), ("hx.recent_infection", false), ("hx.recent_spinal_procedure", false),
            ("systemic.fever", false), ("episode.worsening", false), ("pain.severity_worst", 4),
            ("func.difficulty_walking_standing", false), ("episode.onset", "gradual")),
            new[] { Urgency.Urgent, Urgency.Emergency });
    }

    private const string Unwell = "weight_loss_unwell_worsening_pain";

    [Theory]
    [InlineData("where.low_back", 5)]
    [InlineData("where.buttock", 42)]
    public void Feeling_unwell_with_new_back_pain_getting_worse_is_same_day_without_weight_loss_or_fever(string site,
        int days)
    {
        // South Tees: "fever/patient feeling systemically unwell" is a red flag; worsening pain is another.
        Assert.True(Kb.Fires(Unwell, 31, "female", (site, true), ("systemic.unwell", true),
            ("episode.worsening", true), ("episode.duration_days", days), ("systemic.weight_loss", false),
            ("systemic.fever", false)));
        Assert.True(Kb.Fires(Unwell, 31, "female", (site, true), ("systemic.unwell", true),
            ("episode.worsening", true)));
    }

    [Fact]
    public void Near_miss_the_unwell_branch_needs_feeling_unwell_worsening_a_back_site_and_six_weeks()
    {
        Assert.False(Kb.Fires(Unwell, 31, "female", ("where.low_back", true), ("systemic.unwell", false),
            ("episode.worsening", true), ("episode.duration_days", 5), ("systemic.weight_loss", false)));
        Assert.False(Kb.Fires(Unwell, 31, "female", ("where.low_back", true), ("systemic.unwell", true),
            ("episode.worsening", false), ("episode.not_improving_with_care", false),
            ("episode.duration_days", 5), ("systemic.weight_loss", false)));
        Assert.False(Kb.Fires(Unwell, 31, "female", ("where.low_back", true), ("systemic.unwell", true),
            ("episode.worsening", true), ("episode.duration_days", 43), ("systemic.weight_loss", false)));
        Assert.False(Kb.Fires(Unwell, 31, "female", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false),
            ("systemic.unwell", true), ("episode.worsening", true), ("episode.duration_days", 5),
            ("systemic.weight_loss", false)));
    }

    [Fact]
    public void Over_triage_guard_months_of_worsening_back_pain_with_feeling_unwell_and_no_weight_loss_is_not_urgent()
    {
        Assert.DoesNotContain(Kb.UrgencyOf(26, "female", ("where.low_back", true), ("systemic.unwell", true),
            ("episode.worsening", true), ("episode.duration_days", 180), ("systemic.weight_loss", false),
            ("systemic.fever", false), ("episode.onset", "gradual"), ("pain.severity_worst", 5),
            ("func.difficulty_walking_standing", false), ("hx.immunosuppressed", false), ("hx.diabetes", false),
            ("hx.cancer", false), ("pain.night", false)),
            new[] { Urgency.Urgent, Urgency.Emergency });
    }
}
