using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.48.0, tested both ways with over-triage guards: at 65 or over, hip or groin pain that
/// began today or yesterday after a fall is a suspected hip fracture whatever was said about standing (the NHS hip
/// fracture advice: a fracture need not stop standing or walking, call 999; NICE CG124: immediate assessment:
/// <c>hip_fracture_after_fall</c>); at 70 or over, worsening back pain whose length was not answered is read as new
/// (age over 70, the published fracture red flag, Henschke et al. 2009: <c>older_adult_new_worsening_back_pain</c>).
/// </summary>
public class PublishedRedFlagTests56
{
    private const string Hip = "hip_fracture_after_fall";

    [Theory]
    [InlineData(65, "where.hip", 0)]
    [InlineData(99, "where.groin", 1)]
    [InlineData(80, "where.lateral_hip", 0)]
    [InlineData(72, "where.front_thigh", 1)]
    public void New_hip_pain_after_a_fall_at_65_or_over_is_an_emergency_with_standing_not_answered(int age,
        string site, int days)
    {
        // Neither standing nor walking is answered: before 1.48.0 this picture was only urgent.
        var result = Kb.Engine.Assess(Kb.Case(age, "female", ("hx.fall_or_minor_injury", true), (site, true),
            ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "hip_fracture", Hip);
    }

    [Fact]
    public void A_fracture_need_not_stop_walking_so_an_answered_walk_does_not_hide_it_on_the_first_day()
    {
        Assert.True(Kb.Fires(Hip, 70, "male", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 0), ("func.difficulty_walking_standing", false),
            ("func.cannot_bear_weight", false)));
    }

    [Fact]
    public void Near_miss_it_needs_the_age_the_fall_a_hip_site_and_a_pain_of_today_or_yesterday()
    {
        Assert.False(Kb.Fires(Hip, 64, "female", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Hip, 80, "female", ("hx.fall_or_minor_injury", false), ("where.hip", true),
            ("episode.duration_days", 0)));
        Assert.False(Kb.Fires(Hip, 80, "female", ("hx.fall_or_minor_injury", true), ("where.hip", true),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(Hip, 80, "female", ("hx.fall_or_minor_injury", true), ("where.low_back", true),
            ("where.hip", false), ("where.groin", false), ("where.lateral_hip", false), ("where.front_thigh", false),
            ("episode.duration_days", 0)));
    }

    [Fact]
    public void Over_triage_guard_hip_pain_a_week_after_a_fall_with_walking_unaffected_is_not_an_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(75, "female", ("hx.fall_or_minor_injury", true),
            ("where.hip", true), ("episode.duration_days", 7), ("func.difficulty_walking_standing", false),
            ("func.cannot_bear_weight", false), ("episode.onset", "gradual")));
    }

    private const string Back = "older_adult_new_worsening_back_pain";

    [Theory]
    [InlineData(70, "where.low_back")]
    [InlineData(83, "where.mid_upper_back")]
    public void Worsening_back_pain_at_70_or_over_with_no_length_answered_is_seen_within_a_day(int age, string site)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", (site, true), ("episode.worsening", true)));
        Kb.AssertSeenWithinADay(result, "spinal_fracture", Back);
    }

    [Fact]
    public void Near_miss_under_70_it_waits_for_the_length_and_it_needs_worsening_and_a_new_pain()
    {
        Assert.False(Kb.Fires(Back, 69, "male", ("where.low_back", true), ("episode.worsening", true)));
        Assert.False(Kb.Fires(Back, 75, "male", ("where.low_back", true), ("episode.worsening", false)));
        Assert.False(Kb.Fires(Back, 75, "male", ("where.low_back", true), ("episode.worsening", true),
            ("episode.duration_days", 15)));
        // The 60-69 reading with an answered length is unchanged.
        Assert.True(Kb.Fires(Back, 62, "male", ("where.low_back", true), ("episode.worsening", true),
            ("episode.duration_days", 10)));
    }

    [Fact]
    public void Over_triage_guard_worsening_back_pain_at_75_with_no_length_is_not_an_emergency()
    {
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(75, "female", ("where.low_back", true),
            ("episode.worsening", true)));
    }
}
