using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.45.0, tested both ways with an over-triage guard: new weakness together with
/// numbness in both legs is an emergency whatever pain site is answered, or none (NICE CKS Sciatica bilateral
/// deficit, GIRFT 2023 national suspected cauda equina pathway, NICE NG234: <c>bilateral_leg_weakness</c>); a
/// smoker's new numb or weak leg with weak foot pulses is a threatened limb (ESVS 2020, NICE CKS Peripheral
/// arterial disease: <c>artery_disease_new_leg_deficit</c>).
/// </summary>
public class PublishedRedFlagTests53
{
    private const string Rule = "bilateral_leg_weakness";

    [Theory]
    [InlineData(45, 3)]
    [InlineData(70, 14)]
    public void New_weakness_and_numbness_in_both_legs_without_a_back_site_is_an_emergency(int age, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "female", ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "cauda_equina", Rule);
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new_not_as_reassurance()
    {
        // The legs that failed with nothing else told: the manifest's duration completion reads it as new.
        Assert.True(Kb.Fires(Rule, 45, "female", ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.leg_numbness_tingling", true)));
    }

    [Fact]
    public void Near_miss_without_a_back_site_it_needs_both_weakness_and_numbness_in_both_legs_and_a_new_episode()
    {
        Assert.False(Kb.Fires(Rule, 45, "female", ("where.hip", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", false), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Rule, 45, "female", ("where.hip", true), ("where.both_legs", true),
            ("neuro.leg_weakness", false), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Rule, 45, "female", ("where.hip", true), ("where.both_legs", false),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Rule, 45, "female", ("where.hip", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 15)));
    }

    [Fact]
    public void Over_triage_guard_long_standing_numb_weak_legs_with_hip_pain_are_not_an_emergency()
    {
        // A year of numb, weak legs (a polyneuropathy or stenosis) with hip pain is left to the other rules.
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "male", ("where.hip", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 365),
            ("episode.onset", "gradual")));
    }

    private const string Limb = "artery_disease_new_leg_deficit";

    [Theory]
    [InlineData("neuro.leg_numbness_tingling", 3)]
    [InlineData("neuro.leg_weakness", 14)]
    public void A_smokers_new_numb_or_weak_leg_with_weak_foot_pulses_is_an_emergency(string deficit, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(55, "male", ("hx.smoker", true), (deficit, true),
            ("episode.duration_days", days), ("exam.distal_pulses_reduced", true)));
        Kb.AssertEmergency(result, "vascular_claudication", Limb);
    }

    [Fact]
    public void Near_miss_the_smoker_branch_needs_smoking_a_new_deficit_and_the_weak_pulse()
    {
        Assert.False(Kb.Fires(Limb, 55, "male", ("hx.smoker", false), ("hx.vascular_disease", false),
            ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 3), ("exam.distal_pulses_reduced", true)));
        Assert.False(Kb.Fires(Limb, 55, "male", ("hx.smoker", true), ("neuro.leg_numbness_tingling", true),
            ("episode.duration_days", 3), ("exam.distal_pulses_reduced", false)));
        Assert.False(Kb.Fires(Limb, 55, "male", ("hx.smoker", true), ("neuro.leg_numbness_tingling", true),
            ("episode.duration_days", 30), ("episode.onset", "gradual"), ("exam.distal_pulses_reduced", true)));
    }

    [Fact]
    public void Over_triage_guard_a_smokers_new_sciatica_with_normal_pulses_is_not_an_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(55, "male", ("hx.smoker", true), ("where.low_back", true),
            ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 3), ("episode.onset", "gradual"),
            ("exam.distal_pulses_reduced", false)));
    }
}
