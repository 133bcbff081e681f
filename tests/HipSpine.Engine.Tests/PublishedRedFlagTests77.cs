using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.68.0: groin, hip or front-thigh pain that began suddenly after a rise in training is read as new pain by
/// <c>femoral_neck_stress_fracture</c> even when its length is not told (Robertson &amp; Wood 2017: consider a femoral neck
/// stress fracture in every athlete with exercise-related hip pain; delay lets it displace). A sudden start read as new
/// pain is a judgement, the reading of <c>raised_markers_back_pain</c> since 1.20.0; the training rise stays required.
/// </summary>
public class PublishedRedFlagTests77
{
    private const string Rule = "femoral_neck_stress_fracture";

    [Theory]
    [InlineData(49, "where.groin")]
    [InlineData(24, "where.hip")]
    [InlineData(35, "where.front_thigh")]
    public void Sudden_hip_or_groin_pain_after_a_training_rise_with_no_length_told_is_seen_the_same_day(int age, string site)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "female", (site, true), ("episode.onset", "sudden"),
            ("hx.training_load_increase", true), ("hx.fall_or_minor_injury", false)));
        Kb.AssertSeenWithinADay(result, "hip_fracture", Rule);
    }

    [Fact]
    public void The_new_runner_with_sudden_groin_pain_is_same_day()
    {
        // heldout81 OF_22: a woman of 49 who had recently started running, acute severe groin pain, nothing else told;
        // soon in 1.67.0 (sent home with heat and NSAIDs, displaced two weeks later).
        var result = Kb.Engine.Assess(Kb.Case(49, "female", ("where.groin", true), ("episode.onset", "sudden"),
            ("hx.training_load_increase", true)));
        Kb.AssertSeenWithinADay(result, "hip_fracture", Rule);
    }

    [Theory]
    [InlineData("where.groin", true, 40)]        // a sudden start told as more than 28 days ago, not worsening
    [InlineData("where.groin", false, 0)]        // no training rise (PublishedRedFlagTests22 and 28 hold this too)
    [InlineData("where.lateral_hip", true, 0)]   // the side of the hip: trochanteric pain, not read
    [InlineData("where.buttock", true, 0)]
    public void Guards(string site, bool training, int days)
    {
        (string, object)[] findings = days > 0
            ? [(site, true), ("episode.onset", "sudden"), ("hx.training_load_increase", training),
               ("episode.duration_days", days), ("episode.worsening", false)]
            : [(site, true), ("episode.onset", "sudden"), ("hx.training_load_increase", training)];
        Assert.False(Kb.Fires(Rule, 30, "male", findings));
    }
}
