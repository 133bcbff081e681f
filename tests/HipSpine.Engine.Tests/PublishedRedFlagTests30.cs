using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.22.0, one published criterion at a time. At 70 or over, not being able to put weight
/// on the leg or walk at all is the strongest form of the seed criterion 'difficulty walking' and is read like it (new
/// or getting worse); long-standing inability to walk is not. Not being able to stand with symptoms in both legs is
/// the bilateral form of the cannot-bear-weight sign (gait disturbance and bilateral leg symptoms are spinal red flags).
/// Diabetes with back pain that began with a fall or small injury and keeps getting worse is seen the same day however
/// long it has lasted (trauma and diabetes are published risk factors for spinal epidural abscess, which is often
/// missed at the first visit); diabetes with steady pain after an injury, or with long-standing worsening pain and no
/// injury, is not read by that branch. A man of 66 or over with new (14 days or less) back, side or belly pain that has
/// not settled with treatment is seen the same day for an aortic scan (NICE NG156 1.1.8: think of a ruptured aneurysm
/// with new abdominal or back pain; men from 66 are its population at risk); women, younger men, longer pain and pain
/// not yet treated are not read by it.
/// </summary>
public class PublishedRedFlagTests30
{
    private const string OlderRule = "older_adult_severe_or_walking";
    private const string WeightRule = "cannot_bear_weight";
    private const string InfectionRule = "infection_risk_with_spinal_pain";
    private const string AortaRule = "older_man_new_trunk_pain_not_settling";

    [Theory]
    [InlineData(70, "female", 5)]
    [InlineData(86, "male", 60)]
    public void At_70_or_over_new_inability_to_bear_weight_counts_as_walking_difficulty(int age, string sex, int days)
    {
        var findings = new (string, object)[] { ("func.cannot_bear_weight", true), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(OlderRule, age, sex, findings));
        Assert.True(Urgency.Rank(Kb.UrgencyOf(age, sex, findings)) <= Urgency.Rank(Urgency.Urgent));
    }

    [Fact]
    public void At_70_or_over_inability_to_bear_weight_that_is_getting_worse_counts_whatever_its_length()
    {
        Assert.True(Kb.Fires(OlderRule, 75, "female", ("func.cannot_bear_weight", true),
            ("episode.duration_days", 400), ("episode.worsening", true)));
    }

    [Fact]
    public void Long_standing_steady_inability_to_walk_is_not_read_as_new_walking_difficulty()
    {
        Assert.False(Kb.Fires(OlderRule, 80, "female", ("func.cannot_bear_weight", true),
            ("episode.duration_days", 400), ("episode.worsening", false)));
    }

    [Fact]
    public void Under_70_inability_to_bear_weight_is_not_read_by_the_older_adult_rule()
    {
        Assert.False(Kb.Fires(OlderRule, 69, "male", ("func.cannot_bear_weight", true), ("episode.duration_days", 5)));
    }

    [Fact]
    public void Both_legs_that_cannot_stand_are_seen_within_a_day()
    {
        var findings = new (string, object)[] { ("where.both_legs", true), ("func.cannot_bear_weight", true) };
        Assert.True(Kb.Fires(WeightRule, 45, "female", findings));
        Assert.True(Urgency.Rank(Kb.UrgencyOf(45, "female", findings)) <= Urgency.Rank(Urgency.Urgent));
    }

    [Fact]
    public void Both_legs_that_can_still_bear_weight_are_not_read_by_the_cannot_bear_weight_rule()
    {
        Assert.False(Kb.Fires(WeightRule, 45, "female", ("where.both_legs", true), ("func.cannot_bear_weight", false)));
    }

    [Theory]
    [InlineData(62, "female", 120)]
    [InlineData(45, "male", 400)]
    [InlineData(58, "male", 10)]
    public void Diabetes_with_back_pain_after_an_injury_that_keeps_getting_worse_is_seen_within_a_day(int age, string sex, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("hx.diabetes", true), ("episode.worsening", true),
            ("hx.fall_or_minor_injury", true), ("episode.duration_days", days),
        };
        Assert.True(Kb.Fires(InfectionRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "spinal_infection", InfectionRule);
    }

    [Fact]
    public void Diabetes_with_steady_pain_after_an_injury_is_not_read_as_a_spinal_infection_risk()
    {
        Assert.False(Kb.Fires(InfectionRule, 62, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.worsening", false), ("hx.fall_or_minor_injury", true), ("episode.duration_days", 120)));
    }

    [Fact]
    public void Diabetes_with_long_standing_worsening_pain_and_no_injury_keeps_the_six_week_limit()
    {
        Assert.False(Kb.Fires(InfectionRule, 65, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("episode.worsening", true), ("hx.fall_or_minor_injury", false), ("episode.duration_days", 120)));
    }

    [Fact]
    public void Worsening_pain_after_an_injury_without_diabetes_is_not_read_as_a_spinal_infection_risk()
    {
        Assert.False(Kb.Fires(InfectionRule, 62, "female", ("where.low_back", true), ("hx.diabetes", false),
            ("episode.worsening", true), ("hx.fall_or_minor_injury", true), ("episode.duration_days", 120)));
    }

    [Theory]
    [InlineData(71, "where.low_back", 3)]
    [InlineData(66, "where.flank", 1)]
    [InlineData(80, "where.abdomen", 14)]
    public void An_older_mans_new_trunk_pain_that_has_not_settled_with_treatment_is_seen_within_a_day(int age, string site, int days)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("episode.duration_days", days), ("episode.not_improving_with_care", true),
        };
        Assert.True(Kb.Fires(AortaRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "aaa", AortaRule);
    }

    [Theory]
    [InlineData(71, "female", 3, true)]
    [InlineData(65, "male", 3, true)]
    [InlineData(71, "male", 15, true)]
    [InlineData(71, "male", 3, false)]
    public void Women_younger_men_longer_pain_and_pain_that_is_settling_are_not_read_by_the_aortic_branch(
        int age, string sex, int days, bool notImproving)
    {
        Assert.False(Kb.Fires(AortaRule, age, sex, ("where.low_back", true), ("episode.duration_days", days),
            ("episode.not_improving_with_care", notImproving)));
    }

    [Fact]
    public void An_older_mans_new_backache_without_treatment_answered_is_not_sent_on_by_the_aortic_branch()
    {
        Assert.False(Kb.Fires(AortaRule, 72, "male", ("where.low_back", true), ("episode.duration_days", 3)));
    }

    [Fact]
    public void The_aortic_branch_is_same_day_not_an_emergency_on_its_own()
    {
        var result = Kb.Engine.Assess(Kb.Case(71, "male", ("where.low_back", true), ("episode.duration_days", 3),
            ("episode.not_improving_with_care", true)));
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }
}
