using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.66.0. Hip, groin or front-thigh pain with a sudden inability to put weight on the leg is
/// an emergency without a fall (<c>sudden_inability_to_bear_weight</c>): the Cornwall young-adult hip pain criteria send
/// severe hip pain with a sudden inability to weight bear, with or without a fall, to the emergency department. Reading a
/// length of 2 days or less as sudden, and the inability to bear weight as severe pain, are judgements.
/// </summary>
public class PublishedRedFlagTests75
{
    private const string Rule = "sudden_inability_to_bear_weight";

    [Theory]
    [InlineData(25, "where.hip", "sudden", 3)]
    [InlineData(47, "where.groin", "sudden", 14)]
    [InlineData(60, "where.front_thigh", "gradual", 2)]
    [InlineData(35, "where.hip", "gradual", 0)]
    public void Hip_pain_with_a_sudden_inability_to_bear_weight_is_an_emergency_without_a_fall(
        int age, string site, string onset, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "female", (site, true), ("func.cannot_bear_weight", true),
            ("episode.onset", onset), ("episode.duration_days", days), ("hx.fall_or_minor_injury", false),
            ("hx.major_trauma", false), ("systemic.fever", false)));
        Kb.AssertEmergency(result, "hip_fracture", Rule);
    }

    [Fact]
    public void The_dialysis_femoral_neck_fractures_told_as_a_day_of_both_hips_that_cannot_take_weight_are_an_emergency()
    {
        // heldout75 NZ_22: a woman of 47 on dialysis, a day of pain in both hips and groins, cannot bear weight, no fall
        // told; urgent in 1.65.0.
        var result = Kb.Engine.Assess(Kb.Case(47, "female", ("where.hip", true), ("where.groin", true),
            ("pain.side", "both"), ("episode.duration_days", 1), ("func.cannot_bear_weight", true),
            ("hx.kidney_disease", true)));
        Kb.AssertEmergency(result, "hip_fracture", Rule);
    }

    [Fact]
    public void A_sudden_start_with_an_unanswered_length_is_read_as_new()
    {
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.hip", true), ("episode.onset", "sudden"),
            ("func.cannot_bear_weight", true)));
        Kb.AssertEmergency(result, "hip_fracture", Rule);
    }

    [Theory]
    [InlineData("where.hip", "gradual", 3, true)]        // a gradual start over more than 2 days
    [InlineData("where.hip", "sudden", 15, true)]        // a sudden start more than 14 days ago
    [InlineData("where.hip", "sudden", 1, false)]        // can still bear weight
    [InlineData("where.buttock", "sudden", 1, true)]     // not the hip, groin or front of the thigh
    [InlineData("where.lateral_hip", "sudden", 1, true)]
    [InlineData("where.low_back", "sudden", 1, true)]
    public void Guards(string site, string onset, int days, bool cannotBearWeight)
    {
        Assert.False(Kb.Fires(Rule, 40, "female", (site, true), ("episode.onset", onset), ("episode.duration_days", days),
            ("func.cannot_bear_weight", cannotBearWeight)));
    }

    [Fact]
    public void Near_miss_a_month_of_worsening_hip_arthritis_that_now_stops_standing_is_same_day_not_an_emergency()
    {
        (string, object)[] findings =
        [
            ("where.hip", true), ("where.groin", true), ("episode.duration_days", 30), ("episode.onset", "gradual"),
            ("func.cannot_bear_weight", true), ("pain.worse_weight_bearing", true), ("systemic.fever", false),
            ("systemic.unwell", false), ("hx.fall_or_minor_injury", false), ("hx.cancer", false),
        ];
        Assert.False(Kb.Fires(Rule, 45, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(45, "female", findings));
    }
}
