using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.28.0, one published criterion at a time. At 60 to 69 new back pain that keeps getting
/// worse in its first two weeks is seen within a day (pyogenic spondylodiscitis peaks at 50-70 and often starts without
/// a fever; new back pain over 50 may suggest cancer; NICE NG12 uses 60 for back pain and myeloma). A sudden new hip,
/// groin or front-thigh pain that makes walking or standing difficult is seen within a day (hip red flags: sudden onset,
/// inability to weight bear; a femoral neck stress fracture or an infected joint). The guards keep each reading as
/// narrow as its criterion.
/// </summary>
public class PublishedRedFlagTests36
{
    private const string SixtiesBackRule = "older_adult_new_worsening_back_pain"; // folded into the 60-or-over rule in 1.29.0
    private const string SuddenHipRule = "sudden_hip_or_thigh_pain_walking_difficulty";

    [Theory]
    [InlineData(60, "where.low_back", 14)]
    [InlineData(64, "where.low_back", 7)]
    [InlineData(69, "where.mid_upper_back", 0)]
    [InlineData(70, "where.low_back", 5)] // one rule from 60 since 1.29.0
    public void New_back_pain_getting_worse_at_60_to_69_is_seen_within_a_day(int age, string site, int days)
    {
        var findings = new (string, object)[] { (site, true), ("episode.worsening", true), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(SixtiesBackRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "spinal_infection", SixtiesBackRule);
    }

    [Theory]
    [InlineData(59, "where.low_back", true, 5)]  // under 60
    [InlineData(65, "where.low_back", false, 5)] // not getting worse
    [InlineData(65, "where.low_back", true, 15)] // more than 14 days
    [InlineData(65, "where.hip", true, 5)]       // hip pain alone
    [InlineData(65, "where.groin", true, 5)]     // groin pain alone
    public void Back_pain_under_60_not_worsening_older_than_two_weeks_or_hip_pain_alone_is_not_read(int age, string site, bool worsening, int days)
    {
        Assert.False(Kb.Fires(SixtiesBackRule, age, "female", (site, true), ("episode.worsening", worsening), ("episode.duration_days", days)));
    }

    [Fact]
    public void New_worsening_back_pain_at_60_to_69_with_an_unanswered_length_is_not_read()
    {
        Assert.False(Kb.Fires(SixtiesBackRule, 66, "male", ("where.low_back", true), ("episode.worsening", true)));
    }

    [Fact]
    public void A_week_of_worsening_back_pain_at_55_is_not_read_by_the_60_to_69_rule()
    {
        Assert.False(Kb.Fires(SixtiesBackRule, 55, "male", ("where.low_back", true), ("episode.worsening", true), ("episode.duration_days", 7)));
    }

    [Theory]
    [InlineData("where.hip", 24, 1)]
    [InlineData("where.groin", 31, 5)]
    [InlineData("where.front_thigh", 40, 14)]
    public void Sudden_new_hip_groin_or_front_thigh_pain_with_walking_difficulty_is_seen_within_a_day(string site, int age, int days)
    {
        var findings = new (string, object)[] { (site, true), ("episode.onset", "sudden"), ("episode.duration_days", days),
            ("func.difficulty_walking_standing", true) };
        Assert.True(Kb.Fires(SuddenHipRule, age, "female", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "female", findings)), "hip_fracture", SuddenHipRule);
    }

    [Theory]
    [InlineData("where.hip", "gradual", true, 20)]           // a gradual start over 14 days (within 14 days: the 1.58.0 branch, PublishedRedFlagTests67)
    [InlineData("where.groin", "sudden", false, 5)]          // walking not difficult
    [InlineData("where.groin", "sudden", true, 30)]          // more than 14 days (a labral tear of a month)
    [InlineData("where.buttock", "sudden", true, 5)]         // buttock pain alone
    [InlineData("where.lateral_hip", "sudden", true, 5)]     // side of the hip alone
    [InlineData("where.back_of_thigh", "sudden", true, 5)]   // back of the thigh alone (hamstring)
    public void Hip_or_thigh_pain_gradual_without_walking_difficulty_long_standing_or_elsewhere_is_not_read(string site, string onset, bool walking, int days)
    {
        Assert.False(Kb.Fires(SuddenHipRule, 30, "male", (site, true), ("episode.onset", onset), ("episode.duration_days", days),
            ("func.difficulty_walking_standing", walking)));
    }

    [Fact]
    public void Sudden_hip_pain_with_walking_difficulty_and_an_unanswered_length_is_read_as_new()
    {
        // Knowledge 1.57.0: an unanswered length is never reassurance; only an answered length over 14 days is out.
        Assert.True(Kb.Fires(SuddenHipRule, 30, "male", ("where.hip", true), ("episode.onset", "sudden"),
            ("func.difficulty_walking_standing", true)));
    }
}
