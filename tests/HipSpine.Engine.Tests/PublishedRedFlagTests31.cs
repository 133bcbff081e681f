using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.23.0, one published criterion at a time. Back pain of any length in a person with a
/// risk factor for spinal infection is seen the same day once a blood test shows raised inflammatory markers (the
/// emergency-department decision guideline for spinal epidural abscess: risk factors, then ESR or CRP, then MRI);
/// long-standing back pain with a raised CRP and no such risk factor (axial spondyloarthritis, polymyalgia) is not read
/// by that branch. New or sudden pain in a replaced hip, or pain in it after a fall, is seen the same day by the joint
/// team (prosthetic joint infection: urgent referral; periprosthetic fracture: mostly after a fall); long-standing pain
/// in a replaced hip is not. At 60 or over, in a smoker or a person with heart or artery disease, pain from the side to
/// the groin that is a first attack or comes without urinary symptoms is an emergency (renal colic is the commonest
/// misdiagnosis of a leaking aneurysm, and first stones are uncommon after 60); known, recurring stone pain with
/// urinary symptoms, younger people and people without those risks are not read by it. A fever with back pain at 65 or
/// over is a spinal-infection emergency (older people present later, less febrile, with worse outcomes); under 65 a
/// fever with back pain and nothing else stays a same-day review.
/// </summary>
public class PublishedRedFlagTests31
{
    private const string MarkersRule = "raised_markers_back_pain";
    private const string ReplacedHipRule = "hip_replacement_new_pain";
    private const string LoinGroinRule = "aaa_risk_loin_to_groin_pain";
    private const string SpinalInfectionRule = "spinal_infection";

    [Theory]
    [InlineData("hx.diabetes", 64, 120)]
    [InlineData("hx.immunosuppressed", 50, 400)]
    [InlineData("hx.iv_drug_use", 35, 60)]
    [InlineData("hx.recent_infection", 70, 45)]
    [InlineData("hx.kidney_disease", 58, 90)]
    public void Back_pain_of_any_length_with_an_infection_risk_factor_and_raised_markers_is_seen_within_a_day(string risk, int age, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), (risk, true), ("episode.duration_days", days),
            ("episode.worsening", false), ("test.crp_or_esr_raised", true),
        };
        Assert.True(Kb.Fires(MarkersRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "spinal_infection", MarkersRule);
    }

    [Fact]
    public void Diabetes_with_back_pain_of_unknown_length_and_raised_white_cells_is_seen_within_a_day()
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("hx.diabetes", true), ("test.white_cells_raised", true) };
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(64, "male", findings)), "spinal_infection", MarkersRule);
    }

    [Fact]
    public void Long_standing_steady_back_pain_with_a_raised_crp_and_no_infection_risk_factor_is_not_read()
    {
        Assert.False(Kb.Fires(MarkersRule, 32, "male", ("where.low_back", true), ("episode.duration_days", 400),
            ("episode.worsening", false), ("episode.onset", "gradual"), ("hx.inflammatory_disease", true),
            ("hx.diabetes", false), ("hx.immunosuppressed", false), ("hx.long_term_steroids", false),
            ("hx.iv_drug_use", false), ("hx.recent_infection", false), ("hx.recent_spinal_procedure", false),
            ("hx.kidney_disease", false), ("test.crp_or_esr_raised", true)));
    }

    [Fact]
    public void Diabetes_with_long_standing_back_pain_and_normal_markers_is_not_read()
    {
        Assert.False(Kb.Fires(MarkersRule, 64, "male", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.duration_days", 400), ("test.crp_or_esr_raised", false), ("test.white_cells_raised", false)));
    }

    [Theory]
    [InlineData("where.groin", "episode.onset", "sudden")]
    [InlineData("where.hip", "episode.duration_days", 5)]
    [InlineData("where.front_thigh", "hx.fall_or_minor_injury", true)]
    public void New_or_sudden_pain_in_a_replaced_hip_or_pain_after_a_fall_is_seen_within_a_day(string site, string code, object value)
    {
        var findings = new (string, object)[] { ("hx.hip_replacement", true), (site, true), (code, value) };
        Assert.True(Kb.Fires(ReplacedHipRule, 74, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(74, "female", findings));
        Kb.AssertSeenWithinADay(result, "septic_hip", ReplacedHipRule);
        Assert.Contains(result.MustRuleOut, m => m.Id == "hip_fracture");
    }

    [Fact]
    public void Long_standing_pain_in_a_replaced_hip_without_a_fall_is_not_read()
    {
        Assert.False(Kb.Fires(ReplacedHipRule, 80, "female", ("hx.hip_replacement", true), ("where.hip", true),
            ("episode.duration_days", 120), ("episode.onset", "gradual"), ("episode.worsening", true),
            ("hx.fall_or_minor_injury", false)));
    }

    [Fact]
    public void New_back_pain_in_a_person_with_a_replaced_hip_is_not_read_by_the_replaced_hip_rule()
    {
        Assert.False(Kb.Fires(ReplacedHipRule, 70, "male", ("hx.hip_replacement", true), ("where.low_back", true),
            ("where.hip", false), ("where.groin", false), ("where.buttock", false), ("where.lateral_hip", false),
            ("where.front_thigh", false), ("where.side_of_thigh", false), ("episode.duration_days", 3)));
    }

    [Theory]
    [InlineData(68, "male", "hx.smoker", "visceral.urine_symptoms", false)]
    [InlineData(72, "female", "hx.vascular_disease", "episode.recurrent", false)]
    public void First_or_urine_free_loin_to_groin_pain_at_60_or_over_with_aneurysm_risk_is_an_emergency(
        int age, string sex, string risk, string code, bool value)
    {
        var findings = new (string, object)[] { ("where.flank", true), ("where.groin", true), (risk, true), (code, value) };
        Assert.True(Kb.Fires(LoinGroinRule, age, sex, findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "aaa", LoinGroinRule);
    }

    [Fact]
    public void Recurring_loin_to_groin_pain_with_urinary_symptoms_is_not_read_by_the_aneurysm_rule()
    {
        Assert.False(Kb.Fires(LoinGroinRule, 68, "male", ("where.flank", true), ("where.groin", true), ("hx.smoker", true),
            ("episode.recurrent", true), ("visceral.urine_symptoms", true)));
    }

    [Fact]
    public void Loin_to_groin_pain_with_the_urinary_and_first_attack_questions_unanswered_is_not_read()
    {
        Assert.False(Kb.Fires(LoinGroinRule, 68, "male", ("where.flank", true), ("where.groin", true), ("hx.smoker", true)));
    }

    [Theory]
    [InlineData(59, true, false)]
    [InlineData(70, false, false)]
    public void Loin_to_groin_pain_under_60_or_without_smoking_or_artery_disease_is_not_read(int age, bool smoker, bool vascular)
    {
        Assert.False(Kb.Fires(LoinGroinRule, age, "male", ("where.flank", true), ("where.groin", true),
            ("hx.smoker", smoker), ("hx.vascular_disease", vascular), ("visceral.urine_symptoms", false),
            ("episode.recurrent", false)));
    }

    [Fact]
    public void Side_pain_without_groin_pain_is_not_read_by_the_loin_to_groin_rule()
    {
        Assert.False(Kb.Fires(LoinGroinRule, 68, "male", ("where.flank", true), ("where.groin", false), ("hx.smoker", true),
            ("visceral.urine_symptoms", false)));
    }

    [Theory]
    [InlineData(65, "systemic.fever", true)]
    [InlineData(83, "exam.temperature_c10", 402)]
    public void A_fever_with_back_pain_at_65_or_over_is_a_spinal_infection_emergency(int age, string code, object value)
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("episode.duration_days", 14), (code, value) };
        Assert.True(Kb.Fires(SpinalInfectionRule, age, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "spinal_infection", SpinalInfectionRule);
    }

    [Fact]
    public void A_fever_with_back_pain_and_nothing_else_under_65_stays_a_same_day_review()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("systemic.fever", true), ("episode.duration_days", 5),
            ("hx.diabetes", false), ("hx.immunosuppressed", false), ("hx.iv_drug_use", false),
        };
        Assert.False(Kb.Fires(SpinalInfectionRule, 64, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(64, "female", findings));
        Assert.True(Urgency.Rank(result.Urgency) <= Urgency.Rank(Urgency.Urgent), result.Urgency);
    }

    [Fact]
    public void Back_pain_at_65_or_over_without_a_fever_is_not_read_by_the_spinal_infection_rule()
    {
        Assert.False(Kb.Fires(SpinalInfectionRule, 80, "male", ("where.low_back", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("episode.duration_days", 10)));
    }
}
