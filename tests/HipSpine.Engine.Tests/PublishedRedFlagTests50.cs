using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.42.0. The adult hip pathways HipSpine cites for a broken hip (NHS Highland adult hip
/// assessment pathway, the Exeter Hip Unit's advice for GPs, NHS Gloucestershire and Kernow hip red flags) make
/// trauma a red flag for an urgent orthopaedic opinion at any adult age: a fall with hip, groin or thigh pain and
/// difficulty walking at 16-49, new (up to 14 days) or of unanswered length, is seen the same day
/// (<c>fall_hip_or_thigh_pain_walking_difficulty_under_50</c>). Tested both ways, with an over-triage guard.
/// </summary>
public class PublishedRedFlagTests50
{
    private const string Rule = "fall_hip_or_thigh_pain_walking_difficulty_under_50";

    [Theory]
    [InlineData(36, "where.front_thigh", null)]
    [InlineData(22, "where.groin", 1)]
    [InlineData(45, "where.hip", 14)]
    [InlineData(16, "where.side_of_thigh", 5)]
    public void A_fall_with_hip_or_thigh_pain_and_difficulty_walking_is_seen_the_same_day(int age, string site, int? days)
    {
        (string, object)[] findings =
            [("hx.fall_or_minor_injury", true), ("func.difficulty_walking_standing", true), (site, true)];
        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // An unanswered length is never reassurance: the pain may be a day old.
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "female", findings)), "hip_fracture", Rule);
    }

    [Fact]
    public void Near_miss_without_a_fall_or_without_walking_difficulty_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 36, "female", ("hx.fall_or_minor_injury", false),
            ("func.difficulty_walking_standing", true), ("where.front_thigh", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Rule, 36, "female", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", false), ("where.front_thigh", true), ("episode.duration_days", 3)));
        // Back or buttock pain after a fall is read by the spinal rules, not this one.
        Assert.False(Kb.Fires(Rule, 36, "female", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.low_back", true), ("where.buttock", true),
            ("episode.duration_days", 3)));
        // Children (the limp rules) and 50 or over (fall_hip_pain_walking_difficulty_50_to_64) are other rules.
        Assert.False(Kb.Fires(Rule, 15, "male", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.hip", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Rule, 50, "male", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.hip", true), ("episode.duration_days", 3)));
    }

    [Fact]
    public void Over_triage_guard_an_old_injury_with_months_of_pain_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 30, "male", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.groin", true), ("episode.duration_days", 15)));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(30, "male", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.groin", true), ("episode.duration_days", 120),
            ("episode.worsening", false), ("pain.severity_worst", 4)));
    }

    [Fact]
    public void At_50_to_64_an_unanswered_length_is_not_reassurance_either()
    {
        // The same answers at 55 as at 36 (16-49 rule): a fall, thigh pain, difficulty walking, length not given.
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(55, "female", ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", true), ("where.front_thigh", true), ("where.hip", true))),
            "hip_fracture", "fall_hip_pain_walking_difficulty_50_to_64");
        Assert.False(Kb.Fires("fall_hip_pain_walking_difficulty_50_to_64", 55, "female",
            ("hx.fall_or_minor_injury", true), ("func.difficulty_walking_standing", true), ("where.hip", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 60)));
    }
}
