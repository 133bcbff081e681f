using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.11.0, one published criterion at a time: suspected renal colic (side pain with being
/// sick, pain in waves or urine symptoms) is seen within 24 hours (NICE NG118, NICE CKS), and admitted at once when
/// the kidney is at risk (kidney disease, pregnancy: NICE CKS); new belly or side pain that keeps getting worse in
/// someone on a blood thinner is a suspected bleed (NICE CKS Anticoagulation - oral: admit). Each test also holds the
/// limit that keeps the rule from sending people who do not meet the criterion.
/// </summary>
public class PublishedRedFlagTests20
{
    private const string ColicRule = "renal_colic";
    private const string KidneyAtRiskRule = "renal_colic_kidney_at_risk";
    private const string BloodThinnerRule = "anticoagulant_sudden_pain";

    [Fact]
    public void Side_pain_with_being_sick_is_seen_within_a_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(41, "male", ("where.flank", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 1)));
        Kb.AssertSeenWithinADay(result, "visceral_referral", ColicRule);
    }

    [Fact]
    public void Being_sick_without_side_pain_is_not_renal_colic()
    {
        Assert.False(Kb.Fires(ColicRule, 41, "male", ("where.low_back", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 1)));
        Assert.False(Kb.Fires(ColicRule, 41, "male", ("where.flank", true), ("systemic.nausea_vomiting", false),
            ("pain.colicky_waves", false), ("visceral.urine_symptoms", false), ("episode.duration_days", 1)));
    }

    [Theory]
    [InlineData("female", "hx.kidney_disease", "systemic.nausea_vomiting")]
    [InlineData("female", "hx.pregnant", "pain.colicky_waves")]
    [InlineData("male", "hx.kidney_disease", "visceral.urine_symptoms")]
    public void Renal_colic_with_kidney_disease_or_in_pregnancy_is_an_emergency(string sex, string risk, string colicSign)
    {
        var result = Kb.Engine.Assess(Kb.Case(29, sex, ("where.flank", true), (colicSign, true), (risk, true),
            ("episode.duration_days", 1)));
        Kb.AssertEmergency(result, "visceral_referral", KidneyAtRiskRule);
    }

    [Fact]
    public void The_kidney_at_risk_rule_needs_the_colic_picture_and_the_risk()
    {
        // Kidney disease with a backache, or side pain alone, is not suspected renal colic.
        Assert.False(Kb.Fires(KidneyAtRiskRule, 60, "male", ("hx.kidney_disease", true), ("where.low_back", true),
            ("systemic.nausea_vomiting", true)));
        Assert.False(Kb.Fires(KidneyAtRiskRule, 60, "male", ("hx.kidney_disease", true), ("where.flank", true),
            ("systemic.nausea_vomiting", false), ("pain.colicky_waves", false), ("visceral.urine_symptoms", false)));
        Assert.False(Kb.Fires(KidneyAtRiskRule, 60, "male", ("hx.kidney_disease", false), ("hx.pregnant", false),
            ("where.flank", true), ("systemic.nausea_vomiting", true)));
    }

    [Theory]
    [InlineData("where.abdomen")]
    [InlineData("where.flank")]
    public void New_worsening_belly_or_side_pain_on_a_blood_thinner_is_an_emergency(string site)
    {
        var result = Kb.Engine.Assess(Kb.Case(76, "female", ("hx.anticoagulants", true), (site, true),
            ("episode.worsening", true), ("episode.duration_days", 2)));
        Kb.AssertEmergency(result, "visceral_referral", BloodThinnerRule);
    }

    [Fact]
    public void Worsening_pain_on_a_blood_thinner_counts_only_in_the_belly_or_side_and_only_when_new()
    {
        // A hip or back that slowly gets worse on a blood thinner is far more often the hip or the back.
        Assert.False(Kb.Fires(BloodThinnerRule, 76, "female", ("hx.anticoagulants", true), ("where.groin", true),
            ("where.low_back", true), ("episode.worsening", true), ("episode.duration_days", 5),
            ("episode.onset", "gradual"), ("neuro.leg_weakness", false)));
        Assert.False(Kb.Fires(BloodThinnerRule, 76, "female", ("hx.anticoagulants", true), ("where.abdomen", true),
            ("episode.worsening", true), ("episode.duration_days", 30), ("episode.onset", "gradual")));
        Assert.False(Kb.Fires(BloodThinnerRule, 76, "female", ("hx.anticoagulants", false), ("where.abdomen", true),
            ("episode.worsening", true), ("episode.duration_days", 2)));
    }
}
