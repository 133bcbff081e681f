using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.64.0. New hip, groin, side-of-hip or front-of-thigh pain within 14 days (or of untold
/// length) after a recent infection elsewhere is seen the same day (<c>recent_infection_new_hip_pain</c>): a joint is
/// most often infected through the blood (NICE CKS Septic arthritis), the NHS Gloucestershire hip red flags name a recent
/// infection as the septic arthritis risk to screen for, and a short history is septic until proven otherwise even
/// without fever (BSR/BOA/RCGP). Reading the infection alone, with no second sign, is a judgement.
/// </summary>
public class PublishedRedFlagTests73
{
    private const string Rule = "recent_infection_new_hip_pain";

    [Theory]
    [InlineData(30, "male", "where.hip", 1)]
    [InlineData(67, "female", "where.groin", 14)]
    [InlineData(45, null, "where.lateral_hip", 0)]
    [InlineData(22, "female", "where.front_thigh", 7)]
    public void New_hip_region_pain_within_14_days_after_a_recent_infection_is_same_day(int age, string? sex, string site, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, (site, true), ("hx.recent_infection", true),
            ("episode.duration_days", days)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
    }

    [Fact]
    public void The_gonococcal_septic_hip_told_as_hip_pain_after_a_urine_infection_is_same_day()
    {
        // heldout74 NY_20: a man of 30, right hip pain a day after a urine infection, no length told; soon in 1.63.0.
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.hip", true), ("pain.side", "right"),
            ("hx.recent_infection", true)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Theory]
    [InlineData(15, true, "where.hip")]
    [InlineData(5, false, "where.hip")]
    [InlineData(5, true, "where.buttock")]
    [InlineData(5, true, "where.low_back")]
    public void Guards_more_than_14_days_no_recent_infection_or_no_hip_region_site(int days, bool infection, string site)
    {
        Assert.False(Kb.Fires(Rule, 40, "female", (site, true), ("hx.recent_infection", infection),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void With_a_fever_the_septic_hip_emergency_still_applies()
    {
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.hip", true), ("hx.recent_infection", true),
            ("systemic.fever", true), ("episode.duration_days", 2)));
        Kb.AssertEmergency(result, "septic_hip", "septic_hip");
    }

    [Fact]
    public void Near_miss_five_weeks_of_groin_ache_after_a_chest_infection_is_not_same_day()
    {
        // A reactive or mechanical groin pain of weeks is not the short history of a joint infection.
        (string, object)[] findings =
        [
            ("where.groin", true), ("hx.recent_infection", true), ("episode.duration_days", 35),
            ("episode.onset", "gradual"), ("pain.worse_weight_bearing", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("systemic.unwell", false), ("func.cannot_bear_weight", false),
            ("func.difficulty_walking_standing", false),
        ];
        Assert.False(Kb.Fires(Rule, 41, "female", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(41, "female", findings));
    }
}
