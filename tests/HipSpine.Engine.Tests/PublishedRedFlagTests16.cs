using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.6.0, one published criterion at a time: new or worsening weakness of both legs with
/// back pain (NICE CKS cauda equina red flags), new trunk pain at 60 or over with aneurysm risk factors (NICE NG156,
/// NICE CKS, ESVS 2024), belly pain with vomiting and back pain (NICE CKS acute abdominal causes), and diabetes with
/// new back pain that is getting worse (Davis 2004). Each test also holds the limit that keeps the rule from
/// sending people who do not meet the criterion.
/// </summary>
public class PublishedRedFlagTests16
{
    [Fact]
    public void New_weakness_of_both_legs_with_back_pain_is_an_emergency_that_names_cauda_equina()
    {
        var result = Kb.Engine.Assess(Kb.Case(84, "female", ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_weakness", true), ("episode.duration_days", 4)));
        Kb.AssertEmergency(result, "cauda_equina", "bilateral_leg_weakness");
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_infection");
    }

    [Fact]
    public void Long_standing_weakness_of_both_legs_that_is_not_worsening_or_one_weak_leg_is_not_that_emergency()
    {
        var chronic = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_weakness", true), ("episode.duration_days", 400), ("neuro.weakness_worsening", false)));
        Assert.DoesNotContain(chronic.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
        var worsening = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_weakness", true), ("episode.duration_days", 400), ("neuro.weakness_worsening", true)));
        Assert.Contains(worsening.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
        var oneLeg = Kb.Engine.Assess(Kb.Case(40, "male", ("where.low_back", true), ("where.both_legs", false), ("neuro.leg_weakness", true), ("episode.duration_days", 4)));
        Assert.DoesNotContain(oneLeg.UrgencyReasons, r => r.Rule == "bilateral_leg_weakness");
    }

    [Theory]
    [InlineData("where.flank", false)]
    [InlineData("where.abdomen", false)]
    [InlineData("where.flank", true)]
    [InlineData("where.low_back", true)]
    [InlineData("where.groin", true)]
    public void New_trunk_pain_at_60_or_over_in_a_smoker_is_urgent_and_names_the_aorta(string site, bool lengthGiven)
    {
        // New: a first episode of side or belly pain (length not given), or any of these sites within 14 days.
        var result = Kb.Engine.Assess(lengthGiven
            ? Kb.Case(68, "male", (site, true), ("hx.smoker", true), ("episode.duration_days", 5))
            : Kb.Case(68, "male", (site, true), ("hx.smoker", true), ("episode.recurrent", false)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        Assert.Contains(result.MustRuleOut, m => m.Id == "aaa");
    }

    [Fact]
    public void The_aneurysm_screen_leaves_chronic_pain_younger_people_and_no_risk_factor_alone()
    {
        var chronic = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("hx.smoker", true), ("episode.duration_days", 120), ("episode.recurrent", true)));
        Assert.DoesNotContain(chronic.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        var firstBackacheOfAYear = Kb.Engine.Assess(Kb.Case(72, "male", ("where.low_back", true), ("hx.smoker", true), ("episode.duration_days", 365), ("episode.recurrent", false)));
        Assert.DoesNotContain(firstBackacheOfAYear.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        var younger = Kb.Engine.Assess(Kb.Case(55, "male", ("where.low_back", true), ("hx.vascular_disease", true), ("episode.duration_days", 3)));
        Assert.DoesNotContain(younger.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
        var maleOnly = Kb.Engine.Assess(Kb.Case(70, "male", ("where.low_back", true), ("hx.smoker", false), ("hx.vascular_disease", false), ("episode.duration_days", 3)));
        Assert.DoesNotContain(maleOnly.UrgencyReasons, r => r.Rule == "aaa_risk_new_trunk_pain");
    }

    [Fact]
    public void Sudden_side_pain_in_an_older_smoker_stays_the_aneurysm_emergency()
    {
        var result = Kb.Engine.Assess(Kb.Case(68, "male", ("where.flank", true), ("hx.smoker", true), ("episode.onset", "sudden"), ("episode.duration_days", 0)));
        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "aaa");
    }

    [Fact]
    public void Belly_pain_with_vomiting_and_back_pain_is_at_least_urgent_and_names_a_visceral_cause()
    {
        var result = Kb.Engine.Assess(Kb.Case(26, "female", ("where.low_back", true), ("where.abdomen", true), ("systemic.nausea_vomiting", true), ("episode.duration_days", 3)));
        Assert.True(Urgency.Rank(result.Urgency) <= Urgency.Rank(Urgency.Urgent), $"got {result.Urgency}");
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "abdominal_pain_with_vomiting");
        Assert.Contains(result.MustRuleOut, m => m.Id == "visceral_referral");
        var noVomiting = Kb.Engine.Assess(Kb.Case(26, "female", ("where.low_back", true), ("where.abdomen", true), ("systemic.nausea_vomiting", false), ("episode.duration_days", 3)));
        Assert.DoesNotContain(noVomiting.UrgencyReasons, r => r.Rule == "abdominal_pain_with_vomiting");
    }

    [Fact]
    public void Diabetes_with_new_worsening_back_pain_is_urgent_but_not_with_chronic_or_steady_pain()
    {
        var result = Kb.Engine.Assess(Kb.Case(55, "male", ("where.low_back", true), ("hx.diabetes", true), ("episode.worsening", true), ("episode.duration_days", 2)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "infection_risk_with_spinal_pain");
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_infection");
        var chronic = Kb.Engine.Assess(Kb.Case(55, "male", ("where.low_back", true), ("hx.diabetes", true), ("episode.worsening", true), ("episode.duration_days", 90)));
        Assert.DoesNotContain(chronic.UrgencyReasons, r => r.Rule == "infection_risk_with_spinal_pain");
        // 1.67.0: steady pain of up to 14 days with diabetes is now same day (South Tees); steady pain past 14 days is not.
        var steady = Kb.Engine.Assess(Kb.Case(55, "male", ("where.low_back", true), ("hx.diabetes", true), ("episode.worsening", false), ("episode.duration_days", 21)));
        Assert.DoesNotContain(steady.UrgencyReasons, r => r.Rule == "infection_risk_with_spinal_pain");
    }

    [Fact]
    public void Pain_at_ten_out_of_ten_alone_is_not_made_urgent_since_no_published_criterion_does()
    {
        // No back pain guideline found (NICE NG59, NICE CKS, ACP 2017) makes the pain score alone a same-day red flag:
        // it stays the seed article's "see a doctor" (soon) through severe_pain.
        var result = Kb.Engine.Assess(Kb.Case(29, "female", ("where.low_back", true), ("where.buttock", true), ("pain.severity_now", 10)));
        Assert.Equal(Urgency.Soon, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "severe_pain");
    }
}
