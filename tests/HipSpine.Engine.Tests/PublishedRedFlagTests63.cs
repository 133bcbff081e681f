using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.54.0, tested both ways with over-triage guards. Unexplained weight loss is a red flag
/// for cancer at any age (NICE CKS Back pain - low; South Tees acute back pain pathway: "recent unexplained weight
/// loss"), and a new or progressive neurological deficit is answered with urgent same-day contact with the spinal
/// surgeons by the South Tees pathway. Together, with back pain that is getting worse, they are the combination that
/// changes the probability (Downie et al. 2013), under 50 as well as over (where
/// worsening_back_pain_with_leg_weakness_over_50 already read them). An untold length is never reassurance.
/// </summary>
public class PublishedRedFlagTests63
{
    private const string Rule = "weight_loss_unwell_worsening_pain";

    [Fact]
    public void Worsening_back_pain_with_weight_loss_and_a_weak_leg_at_43_is_seen_within_a_day()
    {
        // No length, no fever, not said to feel unwell: the weight loss and the weakness are the flags.
        var result = Kb.Engine.Assess(Kb.Case(43, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("systemic.weight_loss", true)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Rule);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(90)]
    [InlineData(365)]
    public void Weight_loss_with_a_weak_leg_and_worsening_back_pain_within_a_year_fires(int days)
    {
        Assert.True(Kb.Fires(Rule, 30, "female", ("where.buttock", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("systemic.weight_loss", true), ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_no_weight_loss_a_stable_weakness_pain_not_worsening_or_over_a_year_does_not_fire()
    {
        // Without weight loss: a sciatica with a weak leg (the sciatica rules read it).
        Assert.False(Kb.Fires(Rule, 35, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("systemic.weight_loss", false), ("episode.duration_days", 20)));
        // The person says the weakness is not changing.
        Assert.False(Kb.Fires(Rule, 35, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", false), ("episode.worsening", true), ("systemic.weight_loss", true),
            ("episode.duration_days", 20)));
        // The pain is not getting worse.
        Assert.False(Kb.Fires(Rule, 35, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", false), ("systemic.weight_loss", true), ("episode.duration_days", 20)));
        // Years of it: stenosis, not a new process.
        Assert.False(Kb.Fires(Rule, 35, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("systemic.weight_loss", true), ("episode.duration_days", 400)));
    }

    [Fact]
    public void Over_triage_guard_a_young_sciatica_with_dieting_weight_loss_and_no_weakness_is_not_same_day()
    {
        // A 28-year-old losing weight on a diet with worsening sciatica and no weak leg: the weight-loss rule for under
        // 50 (unexplained_weight_loss, soon) is what reads it, not this branch.
        Assert.False(Kb.Fires(Rule, 28, "female", ("where.low_back", true), ("where.back_of_thigh", true),
            ("neuro.leg_weakness", false), ("episode.worsening", true), ("systemic.weight_loss", true),
            ("episode.duration_days", 21)));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(28, "female", ("where.low_back", true),
            ("where.back_of_thigh", true), ("neuro.leg_weakness", false), ("episode.worsening", true),
            ("systemic.weight_loss", true), ("episode.duration_days", 21)));
    }
}
