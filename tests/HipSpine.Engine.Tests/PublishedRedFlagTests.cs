using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.5.0, one published criterion at a time: abrupt back pain with a new motor deficit
/// (aortic dissection detection risk score), a spinal infection risk with a new deficit whatever the temperature
/// (Davis 2004), unexplained weight loss at 50 or over or with night sweats (NICE CKS, NG12), and an unknown pain
/// site that never hides a rule which fires for the back and the hip alike.
/// </summary>
public class PublishedRedFlagTests
{
    [Fact]
    public void Sudden_back_pain_with_one_weak_leg_is_an_emergency_at_any_age_and_names_the_aorta()
    {
        var result = Kb.Engine.Assess(Kb.Case(38, "male", ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 0), ("neuro.leg_weakness", true)));
        Kb.AssertEmergency(result, "aaa", "sudden_back_pain_with_leg_deficit");
    }

    [Fact]
    public void Sudden_sciatica_with_tingling_only_or_a_slow_start_is_not_that_emergency()
    {
        var tingling = Kb.Engine.Assess(Kb.Case(36, "female", ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 5), ("neuro.leg_numbness_tingling", true)));
        Assert.DoesNotContain(tingling.UrgencyReasons, r => r.Rule == "sudden_back_pain_with_leg_deficit");
        var gradual = Kb.Engine.Assess(Kb.Case(36, "female", ("where.low_back", true), ("episode.onset", "gradual"), ("episode.duration_days", 5), ("neuro.leg_weakness", true)));
        Assert.DoesNotContain(gradual.UrgencyReasons, r => r.Rule == "sudden_back_pain_with_leg_deficit");
        var old = Kb.Engine.Assess(Kb.Case(36, "female", ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 60), ("neuro.leg_weakness", true)));
        Assert.DoesNotContain(old.UrgencyReasons, r => r.Rule == "sudden_back_pain_with_leg_deficit");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    [InlineData(true)]
    public void A_recent_infection_with_a_new_leg_deficit_is_an_emergency_whatever_the_fever_answer(bool? fever)
    {
        var findings = new List<(string, object)> { ("where.low_back", true), ("hx.recent_infection", true), ("neuro.leg_weakness", true) };
        if (fever is { } f)
        {
            findings.Add(("systemic.fever", f));
        }

        var result = Kb.Engine.Assess(Kb.Case(54, "female", [.. findings]));
        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Equal("spinal_infection", result.MustRuleOut[0].Id);
    }

    [Fact]
    public void A_recent_infection_with_back_pain_and_no_deficit_is_urgent()
    {
        var result = Kb.Engine.Assess(Kb.Case(70, "male", ("where.mid_upper_back", true), ("hx.recent_infection", true)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "infection_risk_with_spinal_pain");
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_infection");
    }

    [Fact]
    public void Diabetes_counts_as_a_risk_with_leg_weakness_but_not_with_numbness_alone()
    {
        var weak = Kb.Engine.Assess(Kb.Case(66, "male", ("where.low_back", true), ("hx.diabetes", true), ("neuro.leg_weakness", true)));
        Assert.Contains(weak.UrgencyReasons, r => r.Rule == "infection_risk_with_neuro_deficit");
        var numb = Kb.Engine.Assess(Kb.Case(66, "male", ("where.low_back", true), ("hx.diabetes", true), ("neuro.leg_numbness_tingling", true)));
        Assert.DoesNotContain(numb.UrgencyReasons, r => r.Rule == "infection_risk_with_neuro_deficit");
    }

    [Fact]
    public void Weight_loss_with_back_pain_is_urgent_at_50_or_with_night_sweats_and_soon_otherwise()
    {
        var older = Kb.Engine.Assess(Kb.Case(55, "male", ("where.low_back", true), ("systemic.weight_loss", true)));
        Assert.Equal(Urgency.Urgent, older.Urgency);
        Assert.Equal("malignancy", older.MustRuleOut[0].Id);
        var sweats = Kb.Engine.Assess(Kb.Case(20, "male", ("where.low_back", true), ("systemic.weight_loss", true), ("systemic.night_sweats", true)));
        Assert.Contains(sweats.UrgencyReasons, r => r.Rule == "weight_loss_over_50_or_with_night_sweats");
        var younger = Kb.Engine.Assess(Kb.Case(40, "male", ("where.low_back", true), ("systemic.weight_loss", true)));
        Assert.DoesNotContain(younger.UrgencyReasons, r => r.Rule == "weight_loss_over_50_or_with_night_sweats");
        Assert.Contains(younger.UrgencyReasons, r => r.Rule == "unexplained_weight_loss");
    }

    [Fact]
    public void An_older_adult_who_fell_with_no_pain_site_given_gets_the_rules_that_fire_for_back_and_hip_alike()
    {
        var subject = Kb.Case(82, "female", ("hx.fall_or_minor_injury", true), ("episode.duration_days", 1));
        var result = Kb.Engine.Assess(subject);
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "fragility_fracture_risk");
        Assert.Equal(Urgency.Rank(result.Urgency), Kb.Engine.TriageRank(subject));
        Assert.Contains(result.MustRuleOut, m => m.Id == "hip_fracture");
    }

    [Fact]
    public void An_unknown_site_does_not_fire_a_rule_about_one_region_only_and_a_given_site_is_not_completed()
    {
        // spinal_infection needs a back site: it would not fire for hip pain, so an unknown site leaves it waiting.
        var febrile = Kb.Engine.Assess(Kb.Case(50, "male", ("systemic.fever", true), ("neuro.leg_weakness", true)));
        Assert.DoesNotContain(febrile.UrgencyReasons, r => r.Rule == "spinal_infection");
        Assert.Contains(febrile.UrgencyReasons, r => r.Rule == "fever_with_pain");

        // Knee pain only is a site given: back and hip rules are not completed for it.
        var knee = Kb.Engine.Assess(Kb.Case(82, "female", ("hx.fall_or_minor_injury", true), ("where.knee", true)));
        Assert.DoesNotContain(knee.UrgencyReasons, r => r.Rule == "fragility_fracture_risk");

        // A back site answered "no" leaves the hip: the rule must fire for the hip.
        var notBack = Kb.Engine.Assess(Kb.Case(30, "female", ("where.low_back", false), ("systemic.weight_loss", true), ("systemic.night_sweats", true)));
        Assert.Contains(notBack.UrgencyReasons, r => r.Rule == "weight_loss_over_50_or_with_night_sweats");
    }
}
