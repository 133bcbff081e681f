using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.44.0, each tested both ways with an over-triage guard:
/// new back and belly pain with being sick at 50 or over in a smoker or someone with artery disease is an
/// emergency (NICE NG156 1.1.8, ESVS 2024: <c>aaa_risk_back_and_belly_pain_with_vomiting</c>); a fall at 50-64
/// reads a limp as walking difficulty and a 28-day window (NICE CG124 1.1.1, occult fractures diagnosed late:
/// <c>fall_hip_pain_walking_difficulty_50_to_64</c>); new hip pain with raised markers reads an unanswered length
/// as new (Exeter Hip Unit urgent referral line: <c>raised_markers_new_hip_pain</c>).
/// </summary>
public class PublishedRedFlagTests52
{
    private const string Aaa = "aaa_risk_back_and_belly_pain_with_vomiting";
    private const string Fall = "fall_hip_pain_walking_difficulty_50_to_64";
    private const string Markers = "raised_markers_new_hip_pain";

    [Theory]
    [InlineData(58, "hx.smoker", "where.low_back", 4)]
    [InlineData(50, "hx.vascular_disease", "where.flank", 1)]
    [InlineData(72, "hx.smoker", "where.mid_upper_back", 14)]
    public void New_back_and_belly_pain_with_vomiting_and_an_aneurysm_risk_is_an_emergency(
        int age, string risk, string back, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", (risk, true), (back, true), ("where.abdomen", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "aaa", Aaa);
    }

    [Fact]
    public void Near_miss_the_aneurysm_rule_needs_the_age_a_risk_both_sites_sickness_and_new_pain()
    {
        (string, object)[] full = [("hx.smoker", true), ("where.low_back", true), ("where.abdomen", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 4)];
        Assert.True(Kb.Fires(Aaa, 58, "male", full));
        Assert.False(Kb.Fires(Aaa, 49, "male", full));
        Assert.False(Kb.Fires(Aaa, 58, "male", ("hx.smoker", false), ("hx.vascular_disease", false),
            ("where.low_back", true), ("where.abdomen", true), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", 4)));
        Assert.False(Kb.Fires(Aaa, 58, "male", ("hx.smoker", true), ("where.abdomen", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 4)));
        Assert.False(Kb.Fires(Aaa, 58, "male", ("hx.smoker", true), ("where.low_back", true),
            ("where.abdomen", true), ("systemic.nausea_vomiting", false), ("episode.duration_days", 4)));
        Assert.False(Kb.Fires(Aaa, 58, "male", ("hx.smoker", true), ("where.low_back", true),
            ("where.abdomen", true), ("systemic.nausea_vomiting", true), ("episode.duration_days", 15)));
    }

    [Fact]
    public void Over_triage_guard_back_and_belly_pain_with_sickness_without_a_risk_stays_same_day_not_emergency()
    {
        // The younger or risk-free picture (a stomach bug, a kidney stone) stays with the urgent rules.
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(40, "female", ("hx.smoker", false),
            ("hx.vascular_disease", false), ("where.low_back", true), ("where.abdomen", true),
            ("systemic.nausea_vomiting", true), ("episode.duration_days", 2), ("episode.onset", "gradual")));
    }

    [Theory]
    [InlineData("func.limp", 21)]
    [InlineData("func.difficulty_walking_standing", 28)]
    public void A_fall_at_50_to_64_with_hip_pain_and_a_limp_within_four_weeks_is_seen_the_same_day(
        string walking, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(64, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            (walking, true), ("episode.duration_days", days), ("episode.onset", "gradual")));
        Kb.AssertSeenWithinADay(result, "hip_fracture", Fall);
    }

    [Fact]
    public void Near_miss_a_limp_after_a_fall_more_than_four_weeks_ago_or_without_a_fall_is_not_read()
    {
        Assert.False(Kb.Fires(Fall, 64, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("func.limp", true), ("episode.duration_days", 29), ("episode.onset", "gradual")));
        Assert.False(Kb.Fires(Fall, 64, "male", ("hx.fall_or_minor_injury", false), ("where.hip", true),
            ("func.limp", true), ("episode.duration_days", 10)));
        Assert.False(Kb.Fires(Fall, 64, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("func.limp", false), ("func.difficulty_walking_standing", false), ("episode.duration_days", 10)));
    }

    [Fact]
    public void Over_triage_guard_a_limp_months_after_a_fall_stays_routine()
    {
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(58, "female", ("hx.fall_or_minor_injury", true),
            ("where.lateral_hip", true), ("func.limp", true), ("episode.duration_days", 180),
            ("episode.onset", "gradual"), ("episode.worsening", false), ("pain.severity_worst", 4)));
    }

    [Fact]
    public void Hip_pain_with_raised_markers_and_no_length_given_is_seen_the_same_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(50, "male", ("where.hip", true), ("test.crp_or_esr_raised", true)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Markers);
    }

    [Fact]
    public void Near_miss_raised_markers_with_an_answered_length_over_two_weeks_or_no_markers_is_not_read()
    {
        Assert.False(Kb.Fires(Markers, 50, "male", ("where.hip", true), ("test.crp_or_esr_raised", true),
            ("episode.duration_days", 15)));
        Assert.False(Kb.Fires(Markers, 50, "male", ("where.hip", true), ("test.crp_or_esr_raised", false),
            ("test.white_cells_raised", false)));
    }

    [Fact]
    public void Over_triage_guard_months_of_groin_pain_with_raised_markers_stays_routine()
    {
        // Polymyalgia-like: three months of groin pain with a raised ESR (the 1.28.0 trial's cost).
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(70, "female", ("where.groin", true),
            ("test.crp_or_esr_raised", true), ("episode.duration_days", 90), ("episode.worsening", false),
            ("pain.severity_worst", 5)));
    }
}
