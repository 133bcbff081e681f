using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.15.0, one published criterion at a time: injecting drug use is a risk factor for a
/// septic joint (Margaretten et al. 2007 JAMA 297:1478; NICE CKS Septic arthritis), read for new hip-region pain as a
/// weakened immune system is, and with raised markers and new worsening pain as an emergency even without trouble
/// walking; raised inflammatory markers with leg weakness and back pain are an infection or compression picture at any
/// length of pain (Davis et al. 2004 J Emerg Med 26:285; NICE NG234); diabetes with back pain of up to 6 weeks that is
/// not improving with care is a spinal infection risk (Davis et al. 2004; NICE CKS Back pain - low). Each test also
/// holds the limits that keep ordinary pain from being sent on.
/// </summary>
public class PublishedRedFlagTests23
{
    private const string HipRiskRule = "immunosuppressed_new_hip_pain";
    private const string HipMarkersRule = "raised_markers_new_hip_pain_walking";
    private const string BackMarkersRule = "raised_markers_back_pain";
    private const string SpinalRiskRule = "infection_risk_with_spinal_pain";

    [Theory]
    [InlineData("where.hip", "episode.worsening")]
    [InlineData("where.groin", "func.limp")]
    [InlineData("where.buttock", "pain.night")]
    public void New_hip_pain_in_someone_who_injects_drugs_is_seen_within_a_day(string site, string sign)
    {
        Assert.True(Kb.Fires(HipRiskRule, 29, "male", ("hx.iv_drug_use", true), (site, true),
            ("episode.duration_days", 4), (sign, true)));
        var result = Kb.Engine.Assess(Kb.Case(29, "male", ("hx.iv_drug_use", true), (site, true),
            ("episode.duration_days", 4), (sign, true)));
        Kb.AssertSeenWithinADay(result, "septic_hip");
    }

    [Fact]
    public void Injecting_drug_use_is_read_only_with_new_hip_pain_that_is_not_a_simple_strain()
    {
        // Long-standing hip pain (more than 14 days) is left to the other rules.
        Assert.False(Kb.Fires(HipRiskRule, 35, "male", ("hx.iv_drug_use", true), ("where.hip", true),
            ("episode.duration_days", 60), ("episode.worsening", true)));
        // New pain that is settling, not at night, not constant, walking normally and feeling well.
        Assert.False(Kb.Fires(HipRiskRule, 35, "male", ("hx.iv_drug_use", true), ("where.hip", true),
            ("episode.duration_days", 3), ("episode.worsening", false), ("pain.constant_unaffected_by_movement", false),
            ("pain.night", false), ("pain.night_no_position_eases", false), ("systemic.unwell", false),
            ("func.limp", false), ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false)));
        // No risk factor: new worsening hip pain alone is not this rule.
        Assert.False(Kb.Fires(HipRiskRule, 35, "male", ("hx.iv_drug_use", false), ("hx.immunosuppressed", false),
            ("hx.long_term_steroids", false), ("where.hip", true), ("episode.duration_days", 3), ("episode.worsening", true)));
    }

    [Theory]
    [InlineData("hx.iv_drug_use")]
    [InlineData("hx.immunosuppressed")]
    [InlineData("hx.long_term_steroids")]
    public void New_worsening_hip_pain_with_raised_markers_and_an_infection_risk_is_an_emergency_without_a_limp(string risk)
    {
        var findings = new (string, object)[]
        {
            (risk, true), ("where.hip", true), ("episode.duration_days", 4), ("episode.worsening", true),
            ("systemic.fever", false), ("test.crp_or_esr_raised", true),
        };
        Assert.True(Kb.Fires(HipMarkersRule, 27, "male", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(27, "male", findings));
    }

    [Fact]
    public void Raised_markers_with_hip_pain_need_trouble_walking_or_a_risk_factor_and_new_pain()
    {
        // No risk factor and walking normally: a worsening strain with a raised CRP is not sent to the emergency department.
        Assert.False(Kb.Fires(HipMarkersRule, 45, "female", ("where.hip", true), ("episode.duration_days", 5),
            ("episode.worsening", true), ("hx.iv_drug_use", false), ("hx.immunosuppressed", false),
            ("hx.long_term_steroids", false), ("func.limp", false), ("func.difficulty_walking_standing", false),
            ("func.cannot_bear_weight", false), ("test.crp_or_esr_raised", true)));
        // A risk factor but pain that is not getting worse and no trouble walking.
        Assert.False(Kb.Fires(HipMarkersRule, 45, "female", ("where.hip", true), ("episode.duration_days", 5),
            ("episode.worsening", false), ("hx.iv_drug_use", true), ("func.limp", false),
            ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false), ("test.crp_or_esr_raised", true)));
        // Long-standing worsening hip pain with raised markers (an arthritic hip, polymyalgia) is not read.
        Assert.False(Kb.Fires(HipMarkersRule, 70, "female", ("where.hip", true), ("episode.duration_days", 120),
            ("episode.worsening", true), ("hx.long_term_steroids", true), ("test.crp_or_esr_raised", true)));
    }

    [Theory]
    [InlineData(225, true)]
    [InlineData(400, false)]
    [InlineData(30, true)]
    public void Back_pain_with_leg_weakness_and_raised_markers_is_seen_within_a_day_at_any_length(int days, bool bothLegs)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("episode.duration_days", days), ("episode.worsening", false),
            ("neuro.leg_weakness", true), ("where.both_legs", bothLegs), ("systemic.fever", false),
            ("test.crp_or_esr_raised", true),
        };
        Assert.True(Kb.Fires(BackMarkersRule, 23, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(23, "female", findings));
        Kb.AssertSeenWithinADay(result, "spinal_infection");
    }

    [Fact]
    public void The_marker_rule_still_needs_markers_and_leg_weakness_alone_with_old_stable_pain_is_not_read()
    {
        // Long-standing stable back pain with leg weakness and no blood test: not this rule.
        Assert.False(Kb.Fires(BackMarkersRule, 60, "male", ("where.low_back", true), ("episode.duration_days", 300),
            ("episode.worsening", false), ("neuro.leg_weakness", true), ("test.crp_or_esr_raised", false),
            ("test.white_cells_raised", false)));
        // Long-standing stable back pain with raised markers and no weakness (e.g. polymyalgia, axial SpA): not this rule.
        Assert.False(Kb.Fires(BackMarkersRule, 60, "male", ("where.low_back", true), ("episode.duration_days", 300),
            ("episode.worsening", false), ("neuro.leg_weakness", false), ("test.crp_or_esr_raised", true)));
    }

    [Theory]
    [InlineData(70, 15, "episode.not_improving_with_care")]
    [InlineData(58, 30, "episode.worsening")]
    [InlineData(64, 42, "episode.not_improving_with_care")]
    public void Diabetes_with_back_pain_not_settling_within_six_weeks_is_a_spinal_infection_risk(int age, int days, string sign)
    {
        Assert.True(Kb.Fires(SpinalRiskRule, age, "male", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.duration_days", days), (sign, true), ("systemic.unwell", false), ("systemic.fever", false)));
    }

    [Fact]
    public void Diabetes_with_chronic_or_settling_back_pain_is_not_sent_on()
    {
        // Chronic (more than 6 weeks), not improving, feeling well.
        Assert.False(Kb.Fires(SpinalRiskRule, 66, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.duration_days", 90), ("episode.not_improving_with_care", true), ("episode.worsening", false),
            ("systemic.unwell", false)));
        // Three weeks and settling.
        Assert.False(Kb.Fires(SpinalRiskRule, 66, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.duration_days", 21), ("episode.not_improving_with_care", false), ("episode.worsening", false),
            ("systemic.unwell", false)));
        // No risk factor: three weeks of back pain not improving is the not-improving review, not same day.
        Assert.False(Kb.Fires(SpinalRiskRule, 66, "female", ("where.low_back", true), ("hx.diabetes", false),
            ("hx.immunosuppressed", false), ("hx.long_term_steroids", false), ("hx.iv_drug_use", false),
            ("hx.recent_infection", false), ("hx.recent_spinal_procedure", false),
            ("episode.duration_days", 21), ("episode.not_improving_with_care", true)));
    }
}
