using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.26.0, one published criterion at a time. At 50 or over, non-mechanical pain that has not
/// improved after a month of treatment is seen within a day even when "getting worse" is not answered; at 70 or over,
/// new side pain that is getting worse is sent now (a leaking aneurysm is most often misdiagnosed as renal colic); new
/// pain in the groin and down the front of the thigh on a blood thinner is sent now (an iliopsoas bleed); and at 50-64 a
/// fall with new hip pain and difficulty walking is seen within a day (most hip fractures below 60 follow a low-energy
/// fall). The guards keep each reading as narrow as its published criterion.
/// </summary>
public class PublishedRedFlagTests34
{
    private const string NotImprovingRule = "non_mechanical_pain_not_improving_over_50";
    private const string FlankRule = "older_adult_worsening_flank_pain";
    private const string GroinThighRule = "anticoagulant_new_groin_and_thigh_pain";
    private const string FallRule = "fall_hip_pain_walking_difficulty_50_to_64";

    [Theory]
    [InlineData("pain.night", 64, 42)]
    [InlineData("pain.constant_unaffected_by_movement", 50, 28)]
    [InlineData("pain.unrelieved_by_rest_or_painkillers", 71, 180)]
    [InlineData("pain.night_no_position_eases", 58, 365)]
    public void Non_mechanical_pain_not_improving_after_a_month_at_50_or_over_is_seen_within_a_day(string feature, int age, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), (feature, true), ("episode.not_improving_with_care", true),
            ("episode.duration_days", days), ("episode.worsening", false),
        };
        Assert.True(Kb.Fires(NotImprovingRule, age, "female", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "female", findings)), "malignancy", NotImprovingRule);
    }

    [Theory]
    [InlineData(49, 42, true)]   // under 50
    [InlineData(64, 27, true)]   // less than a month
    [InlineData(55, 3650, true)] // ten years: the chronic pathway, far more often arthritis
    [InlineData(64, 42, false)]  // improving with treatment
    public void Non_mechanical_pain_under_50_shorter_than_a_month_longer_than_a_year_or_improving_is_not_read(int age, int days, bool notImproving)
    {
        Assert.False(Kb.Fires(NotImprovingRule, age, "female", ("where.low_back", true), ("pain.night", true),
            ("episode.not_improving_with_care", notImproving), ("episode.duration_days", days)));
    }

    [Fact]
    public void Mechanical_pain_not_improving_after_a_month_at_60_is_not_read()
    {
        Assert.False(Kb.Fires(NotImprovingRule, 60, "male", ("where.low_back", true), ("pain.night", false),
            ("pain.constant_unaffected_by_movement", false), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("episode.not_improving_with_care", true), ("episode.duration_days", 60)));
    }

    [Theory]
    [InlineData(84, "male")]
    [InlineData(72, "female")]
    public void Worsening_side_pain_at_70_or_over_with_no_length_given_is_an_emergency(int age, string sex)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, ("where.flank", true), ("episode.worsening", true)));
        Kb.AssertEmergency(result, "aaa", FlankRule);
    }

    [Fact]
    public void Worsening_side_pain_of_five_days_at_75_is_an_emergency()
    {
        var findings = new (string, object)[] { ("where.flank", true), ("episode.worsening", true), ("episode.duration_days", 5) };
        Assert.True(Kb.Fires(FlankRule, 75, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(75, "male", findings)), "aaa", FlankRule);
    }

    [Theory]
    [InlineData(69, "where.flank", true, 5)]    // under 70
    [InlineData(80, "where.flank", false, 5)]   // not getting worse
    [InlineData(80, "where.flank", true, 30)]   // more than 14 days
    [InlineData(80, "where.low_back", true, 5)] // low back pain alone
    public void Side_pain_under_70_not_worsening_older_than_two_weeks_or_back_pain_alone_is_not_read(int age, string site, bool worsening, int days)
    {
        Assert.False(Kb.Fires(FlankRule, age, "male", (site, true), ("episode.worsening", worsening),
            ("episode.duration_days", days)));
    }

    [Theory]
    [InlineData(54, 3)]
    [InlineData(38, 14)]
    public void New_groin_and_front_thigh_pain_on_a_blood_thinner_is_an_emergency(int age, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.groin", true), ("where.front_thigh", true), ("hx.anticoagulants", true), ("episode.duration_days", days),
            ("episode.onset", "gradual"),
        };
        Assert.True(Kb.Fires(GroinThighRule, age, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "visceral_referral", GroinThighRule);
    }

    [Fact]
    public void Groin_and_front_thigh_pain_on_a_blood_thinner_with_no_length_given_is_read_as_new()
    {
        var result = Kb.Engine.Assess(Kb.Case(54, "male", ("where.groin", true), ("where.front_thigh", true),
            ("where.below_knee", true), ("hx.anticoagulants", true)));
        Kb.AssertEmergency(result, "visceral_referral", GroinThighRule);
    }

    [Theory]
    [InlineData(true, false, true, 3)]  // groin pain alone
    [InlineData(false, true, true, 3)]  // front-thigh pain alone
    [InlineData(true, true, true, 30)]  // more than 14 days
    [InlineData(true, true, false, 3)]  // no blood thinner
    public void Groin_or_thigh_pain_alone_older_pain_or_no_blood_thinner_is_not_read(bool groin, bool thigh, bool thinner, int days)
    {
        Assert.False(Kb.Fires(GroinThighRule, 60, "female", ("where.groin", groin), ("where.front_thigh", thigh),
            ("hx.anticoagulants", thinner), ("episode.duration_days", days)));
    }

    [Theory]
    [InlineData(59, "where.hip", "sudden", 0)]
    [InlineData(52, "where.groin", "gradual", 3)]
    [InlineData(64, "where.lateral_hip", "sudden", 20)]
    public void A_fall_with_new_hip_pain_and_difficulty_walking_at_50_to_64_is_seen_within_a_day(int age, string site, string onset, int days)
    {
        var findings = new List<(string, object)>
        {
            (site, true), ("hx.fall_or_minor_injury", true), ("func.difficulty_walking_standing", true), ("episode.onset", onset),
        };
        if (days > 0)
        {
            findings.Add(("episode.duration_days", days));
        }

        Assert.True(Kb.Fires(FallRule, age, "male", findings.ToArray()));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings.ToArray())), "hip_fracture", FallRule);
    }

    [Theory]
    [InlineData(49, "where.hip", true, "sudden", 3)]     // under 50
    [InlineData(58, "where.hip", false, "sudden", 3)]    // walking not affected
    [InlineData(63, "where.lateral_hip", true, "gradual", 180)] // months of side-of-hip pain after a fall
    [InlineData(58, "where.low_back", true, "sudden", 3)] // back pain alone
    public void Under_50_walking_unaffected_long_standing_pain_or_back_pain_alone_after_a_fall_is_not_read(int age, string site, bool walking, string onset, int days)
    {
        Assert.False(Kb.Fires(FallRule, age, "female", (site, true), ("hx.fall_or_minor_injury", true),
            ("func.difficulty_walking_standing", walking), ("episode.onset", onset), ("episode.duration_days", days)));
    }
}
