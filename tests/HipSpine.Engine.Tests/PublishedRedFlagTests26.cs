using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.18.0, one published criterion at a time: belly pain in waves with being sick at 65 or
/// over is a suspected bowel obstruction (Jackson &amp; Vigiola Cruz 2018; Bohner et al. 1998; NICE CKS Inguinal and
/// Femoral hernia: suspected obstruction, emergency admission; Lyon &amp; Clark 2006); back, side, belly or groin pain
/// that started suddenly at 60 or over in a smoker or someone with artery disease is a suspected symptomatic aneurysm
/// or dissection whatever the severity answer (NICE NG156; NICE CKS Abdominal aortic aneurysm; ADD-RS, Hiratzka et al.
/// 2010: abrupt onset is a high-risk pain feature); weight loss with feeling unwell and pain that is getting worse is
/// a same-day review at any age (NICE CKS Back pain - low; Downie et al. 2013). Each test also holds the limits that
/// keep ordinary pain from being sent on: a stomach bug in a young adult, a long or non-colicky belly pain, a gradual
/// or long-standing back pain in the same older smokers, and stable pain or weight loss alone.
/// </summary>
public class PublishedRedFlagTests26
{
    private const string ObstructionRule = "older_adult_colicky_belly_pain_with_vomiting";
    private const string SuddenAorticRule = "aaa_risk_sudden_trunk_pain";
    private const string WeightLossRule = "weight_loss_unwell_worsening_pain";

    [Theory]
    [InlineData(65, "female", 1)]
    [InlineData(78, "male", 3)]
    [InlineData(87, "female", 7)]
    public void Belly_pain_in_waves_with_being_sick_at_65_or_over_is_an_emergency(int age, string sex, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.abdomen", true), ("where.knee", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", days),
        };
        Assert.True(Kb.Fires(ObstructionRule, age, sex, findings));
        var result = Kb.Engine.Assess(Kb.Case(age, sex, findings));
        Kb.AssertEmergency(result, "visceral_referral");
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new_for_the_obstruction_reading()
    {
        Assert.True(Kb.Fires(ObstructionRule, 80, "female", ("where.abdomen", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", true)));
    }

    [Fact]
    public void A_stomach_bug_with_back_ache_in_a_young_adult_stays_same_day_not_emergency()
    {
        var findings = new (string, object)[]
        {
            ("where.abdomen", true), ("where.low_back", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 1), ("systemic.fever", false),
            ("hx.major_trauma", false),
        };
        Assert.False(Kb.Fires(ObstructionRule, 24, "male", findings));
        var result = Kb.Engine.Assess(Kb.Case(24, "male", findings));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "abdominal_pain_with_vomiting");
        // Just under the age limit.
        Assert.False(Kb.Fires(ObstructionRule, 64, "female", ("where.abdomen", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 2)));
    }

    [Fact]
    public void Belly_pain_without_sickness_or_longer_than_a_week_is_not_read_at_65_or_over()
    {
        // Knowledge 1.41.0: belly pain that is not colicky is read too (Lyon & Clark 2006; PublishedRedFlagTests49).
        Assert.False(Kb.Fires(ObstructionRule, 80, "male", ("where.abdomen", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", false), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(ObstructionRule, 80, "male", ("where.abdomen", true), ("pain.colicky_waves", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 8)));
    }

    [Theory]
    [InlineData(60, "female", "hx.smoker", "where.low_back")]
    [InlineData(71, "male", "hx.vascular_disease", "where.low_back")]
    [InlineData(75, "female", "hx.smoker", "where.groin")]
    [InlineData(66, "male", "hx.vascular_disease", "where.mid_upper_back")]
    public void Sudden_trunk_pain_at_60_or_over_with_vascular_risk_is_an_emergency_whatever_the_severity(int age, string sex, string risk, string site)
    {
        var findings = new (string, object)[] { (site, true), ("episode.onset", "sudden"), ("episode.duration_days", 2), (risk, true) };
        Assert.True(Kb.Fires(SuddenAorticRule, age, sex, findings));
        var result = Kb.Engine.Assess(Kb.Case(age, sex, findings));
        Kb.AssertEmergency(result, "aaa");
    }

    [Fact]
    public void Sudden_low_back_pain_with_nothing_else_answered_at_71_with_artery_disease_and_smoking_is_an_emergency()
    {
        // Severity and length unanswered: unknown is never reassurance.
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("episode.onset", "sudden"), ("hx.vascular_disease", true), ("hx.smoker", true),
        };
        Assert.True(Kb.Fires(SuddenAorticRule, 71, "male", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(71, "male", findings));
    }

    [Fact]
    public void Gradual_or_long_standing_back_pain_in_older_smokers_is_not_read_as_sudden_aortic_pain()
    {
        var gradual = new (string, object)[]
        {
            ("where.low_back", true), ("episode.onset", "gradual"), ("episode.duration_days", 3), ("hx.smoker", true),
            ("hx.vascular_disease", true),
        };
        Assert.False(Kb.Fires(SuddenAorticRule, 72, "male", gradual));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(72, "male", gradual));
        Assert.False(Kb.Fires(SuddenAorticRule, 72, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 14), ("hx.smoker", true)));
        Assert.False(Kb.Fires(SuddenAorticRule, 72, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 200), ("hx.smoker", true)));
    }

    [Fact]
    public void Sudden_back_pain_under_60_or_without_a_vascular_risk_is_not_read_as_sudden_aortic_pain()
    {
        Assert.False(Kb.Fires(SuddenAorticRule, 59, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 1), ("hx.smoker", true)));
        Assert.False(Kb.Fires(SuddenAorticRule, 70, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 1), ("hx.smoker", false), ("hx.vascular_disease", false)));
    }

    [Theory]
    [InlineData(19, "male", "where.front_thigh", 100)]
    [InlineData(34, "female", "where.groin", 45)]
    [InlineData(45, "male", "where.low_back", 21)]
    public void Weight_loss_and_feeling_unwell_with_worsening_pain_is_seen_within_a_day_at_any_age(int age, string sex, string site, int days)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("systemic.weight_loss", true), ("systemic.unwell", true), ("episode.worsening", true),
            ("episode.duration_days", days), ("systemic.fever", false), ("systemic.night_sweats", false),
        };
        Assert.True(Kb.Fires(WeightLossRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "spinal_infection", WeightLossRule);
    }

    [Fact]
    public void Pain_not_improving_with_care_counts_like_worsening_pain()
    {
        Assert.True(Kb.Fires(WeightLossRule, 28, "female", ("where.hip", true), ("systemic.weight_loss", true),
            ("systemic.unwell", true), ("episode.worsening", false), ("episode.not_improving_with_care", true)));
    }

    [Fact]
    public void Stable_pain_or_weight_loss_alone_under_50_stays_within_two_weeks()
    {
        var stable = new (string, object)[]
        {
            ("where.groin", true), ("systemic.weight_loss", true), ("systemic.unwell", true), ("episode.worsening", false),
            ("episode.not_improving_with_care", false), ("episode.duration_days", 60), ("systemic.fever", false),
            ("systemic.night_sweats", false), ("pain.night", false), ("hx.cancer", false),
        };
        Assert.False(Kb.Fires(WeightLossRule, 30, "male", stable));
        Assert.False(Kb.Fires(WeightLossRule, 30, "male", ("where.groin", true), ("systemic.weight_loss", true),
            ("systemic.unwell", false), ("episode.worsening", true)));
        Assert.False(Kb.Fires(WeightLossRule, 30, "male", ("where.groin", true), ("systemic.weight_loss", false),
            ("systemic.unwell", true), ("episode.worsening", true)));
    }
}
