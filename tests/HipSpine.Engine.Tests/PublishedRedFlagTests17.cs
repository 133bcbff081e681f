using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.7.0, one published criterion at a time: fever with a painful hip, groin or buttock
/// that makes walking hard (NICE CKS Septic arthritis: immediate referral), a febrile child with a limp or hip pain
/// and a child with belly pain and a limp (NICE CKS Limp in children), sudden pain on anticoagulants (retroperitoneal
/// bleeding; NICE CKS Anticoagulation - oral), sudden or severe belly pain in pregnancy (NICE NG126) and worsening
/// trunk pain at 60 or over with aneurysm risks (ESVS 2024, NICE CKS). Each test also holds the limit that keeps the
/// rule from sending people who do not meet the criterion.
/// </summary>
public class PublishedRedFlagTests17
{
    [Theory]
    [InlineData("where.hip", "func.difficulty_walking_standing")]
    [InlineData("where.buttock", "func.limp")]
    [InlineData("where.groin", "func.cannot_bear_weight")]
    public void Fever_with_hip_or_buttock_pain_and_trouble_walking_is_an_emergency_that_names_a_joint_infection(string site, string walking)
    {
        var result = Kb.Engine.Assess(Kb.Case(34, "female", (site, true), ("systemic.fever", true), (walking, true)));
        Kb.AssertEmergency(result, "septic_hip", "fever_with_hip_pain_and_walking_difficulty");
    }

    [Fact]
    public void Fever_with_hip_pain_and_normal_walking_or_with_back_pain_alone_stays_urgent()
    {
        var walksWell = Kb.Engine.Assess(Kb.Case(34, "female", ("where.hip", true), ("systemic.fever", true), ("func.difficulty_walking_standing", false), ("func.limp", false), ("func.cannot_bear_weight", false)));
        Assert.DoesNotContain(walksWell.UrgencyReasons, r => r.Rule == "fever_with_hip_pain_and_walking_difficulty");
        Assert.Equal(Urgency.Urgent, walksWell.Urgency);
        var back = Kb.Engine.Assess(Kb.Case(34, "female", ("where.low_back", true), ("systemic.fever", true), ("func.difficulty_walking_standing", true)));
        Assert.DoesNotContain(back.UrgencyReasons, r => r.Rule == "fever_with_hip_pain_and_walking_difficulty");
        var noFever = Kb.Engine.Assess(Kb.Case(34, "female", ("where.hip", true), ("systemic.fever", false), ("func.limp", true)));
        Assert.DoesNotContain(noFever.UrgencyReasons, r => r.Rule == "fever_with_hip_pain_and_walking_difficulty");
    }

    [Theory]
    [InlineData("func.limp")]
    [InlineData("where.buttock")]
    [InlineData("where.knee")]
    public void A_child_with_a_fever_and_a_limp_or_hip_pain_is_an_emergency(string code)
    {
        var result = Kb.Engine.Assess(Kb.Case(11, "male", (code, true), ("systemic.fever", true)));
        Kb.AssertEmergency(result, "septic_hip", "child_fever_with_hip_pain_or_limp");
    }

    [Fact]
    public void The_child_rules_stop_at_16_and_need_the_fever_or_the_belly_pain()
    {
        var adult = Kb.Engine.Assess(Kb.Case(16, "male", ("where.knee", true), ("systemic.fever", true)));
        Assert.DoesNotContain(adult.UrgencyReasons, r => r.Rule == "child_fever_with_hip_pain_or_limp");
        var noFever = Kb.Engine.Assess(Kb.Case(12, "male", ("func.limp", true), ("systemic.fever", false)));
        Assert.DoesNotContain(noFever.UrgencyReasons, r => r.Rule == "child_fever_with_hip_pain_or_limp");
        Assert.DoesNotContain(noFever.UrgencyReasons, r => r.Rule == "child_belly_pain_with_limp");
    }

    [Fact]
    public void A_child_with_belly_pain_and_a_limp_is_urgent_and_names_a_belly_cause()
    {
        var result = Kb.Engine.Assess(Kb.Case(10, "female", ("where.abdomen", true), ("func.limp", true), ("systemic.fever", false)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "child_belly_pain_with_limp");
        Assert.Contains(result.MustRuleOut, m => m.Id == "visceral_referral");
        var adult = Kb.Engine.Assess(Kb.Case(30, "female", ("where.abdomen", true), ("func.limp", true), ("systemic.fever", false)));
        Assert.DoesNotContain(adult.UrgencyReasons, r => r.Rule == "child_belly_pain_with_limp");
    }

    [Theory]
    [InlineData(41, "where.groin", null)]
    [InlineData(72, "where.flank", null)]
    [InlineData(55, "where.low_back", 1)]
    public void Sudden_pain_on_an_anticoagulant_is_an_emergency_that_names_an_internal_cause(int age, string site, int? days)
    {
        var findings = new List<(string, object)> { (site, true), ("episode.onset", "sudden"), ("hx.anticoagulants", true) };
        if (days is { } d)
        {
            findings.Add(("episode.duration_days", d));
        }

        var result = Kb.Engine.Assess(Kb.Case(age, "male", [.. findings]));
        Kb.AssertEmergency(result, "visceral_referral", "anticoagulant_sudden_pain");
    }

    [Fact]
    public void New_groin_pain_with_a_weak_leg_on_an_anticoagulant_is_an_emergency_even_without_a_sudden_start()
    {
        var result = Kb.Engine.Assess(Kb.Case(72, "female", ("where.groin", true), ("episode.onset", "gradual"), ("episode.duration_days", 3), ("neuro.leg_weakness", true), ("hx.anticoagulants", true)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "anticoagulant_sudden_pain");
    }

    [Fact]
    public void The_bleeding_screen_leaves_gradual_pain_old_back_pain_and_people_not_on_anticoagulants()
    {
        var gradual = Kb.Engine.Assess(Kb.Case(70, "male", ("where.groin", true), ("episode.onset", "gradual"), ("episode.duration_days", 5), ("hx.anticoagulants", true)));
        Assert.DoesNotContain(gradual.UrgencyReasons, r => r.Rule == "anticoagulant_sudden_pain");
        var oldBack = Kb.Engine.Assess(Kb.Case(70, "male", ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 200), ("hx.anticoagulants", true)));
        Assert.DoesNotContain(oldBack.UrgencyReasons, r => r.Rule == "anticoagulant_sudden_pain");
        var notTaking = Kb.Engine.Assess(Kb.Case(41, "male", ("where.groin", true), ("episode.onset", "sudden"), ("hx.anticoagulants", false)));
        Assert.DoesNotContain(notTaking.UrgencyReasons, r => r.Rule == "anticoagulant_sudden_pain");
    }

    [Theory]
    [InlineData("sudden groin")]
    [InlineData("severe belly")]
    [InlineData("tender belly")]
    public void Sudden_or_severe_belly_or_groin_pain_in_pregnancy_is_an_emergency(string picture)
    {
        var subject = picture switch
        {
            "sudden groin" => Kb.Case(28, "female", ("where.groin", true), ("episode.onset", "sudden"), ("hx.pregnant", true)),
            "severe belly" => Kb.Case(28, "female", ("where.abdomen", true), ("pain.severity_worst", 9), ("episode.duration_days", 1), ("hx.pregnant", true)),
            _ => Kb.Case(28, "female", ("where.groin", true), ("exam.abdominal_tenderness", true), ("hx.pregnant", true)),
        };
        var result = Kb.Engine.Assess(subject);
        Kb.AssertEmergency(result, "visceral_referral", "pregnancy_sudden_or_severe_belly_pain");
    }

    [Fact]
    public void Gradual_pelvic_girdle_pain_or_back_pain_in_pregnancy_is_not_that_emergency()
    {
        var girdle = Kb.Engine.Assess(Kb.Case(30, "female", ("where.groin", true), ("where.over_sij", true), ("episode.onset", "gradual"), ("pain.severity_worst", 8), ("episode.duration_days", 21), ("hx.pregnant", true)));
        Assert.DoesNotContain(girdle.UrgencyReasons, r => r.Rule == "pregnancy_sudden_or_severe_belly_pain");
        var back = Kb.Engine.Assess(Kb.Case(30, "female", ("where.low_back", true), ("episode.onset", "sudden"), ("hx.pregnant", true)));
        Assert.DoesNotContain(back.UrgencyReasons, r => r.Rule == "pregnancy_sudden_or_severe_belly_pain");
        var notPregnant = Kb.Engine.Assess(Kb.Case(30, "female", ("where.groin", true), ("episode.onset", "sudden"), ("hx.pregnant", false)));
        Assert.DoesNotContain(notPregnant.UrgencyReasons, r => r.Rule == "pregnancy_sudden_or_severe_belly_pain");
    }

    [Fact]
    public void Worsening_back_pain_up_to_three_months_at_60_or_over_with_artery_disease_is_urgent_and_names_the_aorta()
    {
        var result = Kb.Engine.Assess(Kb.Case(86, "male", ("where.low_back", true), ("episode.worsening", true), ("episode.duration_days", 90), ("hx.vascular_disease", true)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        Assert.Contains(result.MustRuleOut, m => m.Id == "aaa");
    }

    [Fact]
    public void The_aneurysm_screen_still_leaves_steady_or_chronic_back_pain_in_older_smokers()
    {
        var steady = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("hx.smoker", true), ("episode.worsening", false), ("episode.duration_days", 60), ("episode.recurrent", true)));
        Assert.DoesNotContain(steady.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        var chronic = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("hx.smoker", true), ("episode.worsening", true), ("episode.duration_days", 120), ("episode.recurrent", true)));
        Assert.DoesNotContain(chronic.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        var noRisk = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("hx.smoker", false), ("hx.vascular_disease", false), ("episode.worsening", true), ("episode.duration_days", 30)));
        Assert.DoesNotContain(noRisk.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
    }
}
