using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.46.0, tested both ways with an over-triage guard: new hip or groin pain after a fall
/// at 45-64 is urgent whether or not walking is affected (NHS Highland adult hip pathway and Exeter Hip Unit: trauma is
/// a red flag by itself; NICE CG124; HFU-60: <c>fall_new_hip_or_groin_pain_45_to_64</c>); new back and side pain at 65
/// or over with smoking or artery disease is an emergency without belly pain or sickness (NICE NG156 1.1.8:
/// <c>aaa_risk_new_back_and_side_pain_65_and_over</c>).
/// </summary>
public class PublishedRedFlagTests54
{
    private const string Fall = "fall_new_hip_or_groin_pain_45_to_64";

    [Theory]
    [InlineData(45, "where.groin", 2)]
    [InlineData(55, "where.hip", 0)]
    [InlineData(64, "where.lateral_hip", 14)]
    public void New_hip_or_groin_pain_after_a_fall_at_45_to_64_is_seen_within_a_day(int age, string site, int days)
    {
        // Nothing about walking is answered: an unanswered walking question is never reassurance.
        var result = Kb.Engine.Assess(Kb.Case(age, "male", ("hx.fall_or_minor_injury", true), (site, true),
            ("episode.duration_days", days)));
        Kb.AssertSeenWithinADay(result, "hip_fracture", Fall);
    }

    [Fact]
    public void Still_taking_weight_and_an_unanswered_length_are_no_reassurance()
    {
        // A person with an impacted neck-of-femur fracture may still stand on it (see the rule's mapping).
        Assert.True(Kb.Fires(Fall, 54, "female", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("where.groin", true), ("func.cannot_bear_weight", false), ("episode.duration_days", 3)));
        Assert.True(Kb.Fires(Fall, 50, "female", ("hx.fall_or_minor_injury", true), ("where.hip", true)));
    }

    [Fact]
    public void Near_miss_it_needs_the_age_the_fall_a_hip_site_and_a_new_pain()
    {
        Assert.False(Kb.Fires(Fall, 44, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Fall, 65, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Fall, 55, "male", ("hx.fall_or_minor_injury", false), ("where.hip", true),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Fall, 55, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 15)));
        Assert.False(Kb.Fires(Fall, 55, "male", ("hx.fall_or_minor_injury", true), ("where.buttock", true),
            ("where.low_back", true), ("episode.duration_days", 2)));
    }

    [Fact]
    public void Over_triage_guard_months_of_side_of_hip_pain_since_a_fall_stay_soon()
    {
        // Trochanteric pain six months after a fall (the 1.23.0 trial's over-triage) is not a same-day X-ray.
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(60, "female", ("hx.fall_or_minor_injury", true),
            ("where.lateral_hip", true), ("episode.duration_days", 180), ("episode.worsening", false),
            ("func.difficulty_walking_standing", false), ("pain.severity_worst", 5)));
    }

    private const string Aaa = "aaa_risk_new_back_and_side_pain_65_and_over";

    [Theory]
    [InlineData("hx.smoker", "where.low_back", 3)]
    [InlineData("hx.vascular_disease", "where.mid_upper_back", 14)]
    public void New_back_and_side_pain_at_65_or_over_with_an_aneurysm_risk_is_an_emergency(string risk, string back,
        int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(67, "male", (risk, true), ("where.flank", true), (back, true),
            ("episode.duration_days", days), ("systemic.nausea_vomiting", false), ("where.abdomen", false)));
        Kb.AssertEmergency(result, "aaa", Aaa);
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new_not_as_reassurance()
    {
        Assert.True(Kb.Fires(Aaa, 70, "female", ("hx.smoker", true), ("where.flank", true),
            ("where.low_back", true)));
    }

    [Fact]
    public void Near_miss_it_needs_the_age_a_risk_both_sites_and_a_new_pain()
    {
        Assert.False(Kb.Fires(Aaa, 64, "male", ("hx.smoker", true), ("where.flank", true), ("where.low_back", true),
            ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", false), ("hx.vascular_disease", false),
            ("where.flank", true), ("where.low_back", true), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.flank", false), ("where.low_back", true),
            ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.flank", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("episode.duration_days", 3)));
        Assert.False(Kb.Fires(Aaa, 70, "male", ("hx.smoker", true), ("where.flank", true), ("where.low_back", true),
            ("episode.duration_days", 15)));
    }

    [Fact]
    public void Over_triage_guard_a_smokers_new_low_back_pain_alone_at_70_is_not_an_emergency()
    {
        // New back pain alone in an older smoker is far more often an osteoporotic or disc problem (see mapping).
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(70, "female", ("hx.smoker", true), ("where.low_back", true),
            ("where.flank", false), ("where.abdomen", false), ("episode.duration_days", 5),
            ("episode.onset", "gradual")));
    }
}
