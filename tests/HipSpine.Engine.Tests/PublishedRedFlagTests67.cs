using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.58.0: the acute monoarthritis reading of a new hip or groin pain. The BSR/BOA/RCGP hot
/// swollen joint guideline (Coakley et al. 2006 Rheumatology 45:1039) is for a joint gone bad acutely, typically with a
/// history of two weeks or less, and says a short history of a painful joint with restricted movement is septic
/// arthritis until proven otherwise, to be treated as such even without a fever. The hip lies too deep to be seen hot or
/// swollen, so the restricted movement a person can report is a limp or difficulty walking. The branch needs an
/// answered length: without a sudden start, an untold length is the long-standing arthritic hip (guards below).
/// </summary>
public class PublishedRedFlagTests67
{
    private const string Rule = "sudden_hip_or_thigh_pain_walking_difficulty";

    [Fact]
    public void Two_days_of_groin_pain_with_a_limp_and_no_fever_is_seen_within_a_day()
    {
        // The guideline's picture told by the patient: a short history, a hip that hurts to move, no fever, no injury.
        var result = Kb.Engine.Assess(Kb.Case(19, "male", ("where.groin", true), ("episode.duration_days", 2),
            ("func.limp", true), ("systemic.fever", false), ("hx.fall_or_minor_injury", false)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
    }

    [Theory]
    [InlineData("where.hip", "func.limp", 1)]
    [InlineData("where.groin", "func.difficulty_walking_standing", 7)]
    [InlineData("where.hip", "func.difficulty_walking_standing", 14)]
    public void New_hip_or_groin_pain_with_restricted_walking_within_two_weeks_fires(string site, string walking, int days)
    {
        Assert.True(Kb.Fires(Rule, 46, "male", (site, true), (walking, true), ("episode.onset", "gradual"),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_longer_than_two_weeks_no_limp_or_an_untold_length_without_a_sudden_start_does_not_fire()
    {
        Assert.False(Kb.Fires(Rule, 46, "male", ("where.hip", true), ("func.limp", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 15)));
        Assert.False(Kb.Fires(Rule, 46, "male", ("where.hip", true), ("func.limp", false),
            ("func.difficulty_walking_standing", false), ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Rule, 46, "male", ("where.groin", true), ("func.limp", true),
            ("episode.onset", "gradual")));
        // Buttock or side-of-hip pain alone is not the hip joint this branch reads.
        Assert.False(Kb.Fires(Rule, 46, "male", ("where.buttock", true), ("where.lateral_hip", true),
            ("func.limp", true), ("episode.onset", "gradual"), ("episode.duration_days", 3)));
    }

    [Fact]
    public void Over_triage_guard_months_of_arthritic_hip_pain_with_a_limp_stays_below_urgent()
    {
        // Hip osteoarthritis: months of gradual groin pain and a limp is not made same day.
        var urgency = Kb.UrgencyOf(67, "female", ("where.hip", true), ("where.groin", true), ("func.limp", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 120), ("systemic.fever", false));
        Assert.True(Urgency.Rank(urgency) > Urgency.Rank(Urgency.Urgent), urgency);
    }
}
