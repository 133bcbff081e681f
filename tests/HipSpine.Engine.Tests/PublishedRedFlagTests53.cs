using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.45.0, tested both ways with an over-triage guard: new weakness together with
/// numbness in both legs is an emergency whatever pain site is answered, or none (NICE CKS Sciatica bilateral
/// deficit, GIRFT 2023 national suspected cauda equina pathway, NICE NG234: <c>bilateral_leg_weakness</c>).
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
}
