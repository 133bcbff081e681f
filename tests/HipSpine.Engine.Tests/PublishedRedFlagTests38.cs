using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.30.0, an over-triage round. A high-energy injury is an emergency while it is recent
/// (28 days or less) or of unanswered length; pain that persists beyond four weeks after it is seen within a day for
/// imaging (fractures are often diagnosed late: Aso-Escario et al., 24 % of 585 thoracolumbar fractures not found on
/// the day of injury). Diabetes or long-term steroids with leg weakness send a back pain to the emergency department
/// as a possible epidural abscess only when the episode is a year or less or of unanswered length (an abscess runs
/// over hours to weeks or months, Medscape; years of weakness are the picture of stenosis). The guards keep the
/// emergency for the recent, the unanswered and the other infection risks.
/// </summary>
public class PublishedRedFlagTests38
{
    private const string Trauma = "major_trauma";
    private const string TraumaWeeksAgo = "major_trauma_weeks_ago";
    private const string InfectionDeficit = "infection_risk_with_neuro_deficit";

    [Theory]
    [InlineData("where.low_back", 0)]
    [InlineData("where.mid_upper_back", 3)]
    [InlineData("where.hip", 14)]
    [InlineData("where.buttock", 28)]
    public void Recent_major_trauma_is_an_emergency(string site, int days)
    {
        var findings = new (string, object)[] { ("hx.major_trauma", true), (site, true), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(Trauma, 40, "male", findings));
        Assert.False(Kb.Fires(TraumaWeeksAgo, 40, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(40, "male", findings)), "spinal_fracture", Trauma);
    }

    [Theory]
    [InlineData("where.low_back")]
    [InlineData("where.groin")]
    public void Major_trauma_of_unanswered_length_stays_an_emergency(string site)
    {
        var findings = new (string, object)[] { ("hx.major_trauma", true), (site, true) };
        Assert.True(Kb.Fires(Trauma, 30, "female", findings));
        Assert.False(Kb.Fires(TraumaWeeksAgo, 30, "female", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(30, "female", findings)), "spinal_fracture", Trauma);
    }

    [Theory]
    [InlineData("where.low_back", 29)]
    [InlineData("where.over_sij", 45)]
    [InlineData("where.hip", 180)]
    [InlineData("where.lateral_hip", 730)]
    public void Pain_persisting_weeks_after_major_trauma_is_seen_within_a_day_not_sent_to_the_emergency_department(string site, int days)
    {
        var findings = new (string, object)[] { ("hx.major_trauma", true), (site, true), ("episode.duration_days", days) };
        Assert.False(Kb.Fires(Trauma, 45, "male", findings));
        Assert.True(Kb.Fires(TraumaWeeksAgo, 45, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(45, "male", findings)), "spinal_fracture", TraumaWeeksAgo);
    }

    [Fact]
    public void An_old_injury_with_bladder_change_is_still_an_emergency()
    {
        var findings = new (string, object)[] { ("hx.major_trauma", true), ("where.low_back", true),
            ("episode.duration_days", 60), ("neuro.bladder_change", true) };
        Assert.Equal(HipSpine.Engine.Vocabulary.Urgency.Emergency, Kb.UrgencyOf(45, "male", findings));
    }

    [Fact]
    public void Pain_weeks_after_an_injury_that_was_not_high_energy_is_not_read()
    {
        Assert.False(Kb.Fires(TraumaWeeksAgo, 45, "male", ("hx.major_trauma", false), ("where.low_back", true),
            ("episode.duration_days", 60)));
        Assert.False(Kb.Fires(TraumaWeeksAgo, 45, "male", ("hx.major_trauma", true), ("where.knee", true),
            ("episode.duration_days", 60)));
    }

    [Theory]
    [InlineData("hx.diabetes", 10)]
    [InlineData("hx.diabetes", 365)]
    [InlineData("hx.long_term_steroids", 90)]
    public void Diabetes_or_steroids_with_leg_weakness_of_a_year_or_less_is_an_emergency(string risk, int days)
    {
        var findings = new (string, object)[] { ("where.low_back", true), (risk, true), ("neuro.leg_weakness", true),
            ("episode.duration_days", days) };
        Assert.True(Kb.Fires(InfectionDeficit, 66, "female", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(66, "female", findings)), "spinal_infection", InfectionDeficit);
    }

    [Fact]
    public void Diabetes_with_leg_weakness_of_unanswered_length_is_an_emergency()
    {
        var findings = new (string, object)[] { ("where.low_back", true), ("hx.diabetes", true), ("neuro.leg_weakness", true) };
        Assert.True(Kb.Fires(InfectionDeficit, 66, "female", findings));
    }

    [Theory]
    [InlineData("hx.diabetes", 366)]
    [InlineData("hx.diabetes", 1460)]
    [InlineData("hx.long_term_steroids", 1095)]
    public void Diabetes_or_steroids_with_years_of_leg_weakness_is_not_read_as_an_abscess(string risk, int days)
    {
        Assert.False(Kb.Fires(InfectionDeficit, 79, "male", ("where.low_back", true), (risk, true),
            ("neuro.leg_weakness", true), ("episode.duration_days", days)));
    }

    [Theory]
    [InlineData("hx.recent_infection")]
    [InlineData("hx.iv_drug_use")]
    [InlineData("hx.immunosuppressed")]
    [InlineData("hx.recent_spinal_procedure")]
    public void The_other_infection_risks_with_a_deficit_are_not_limited_by_length(string risk)
    {
        Assert.True(Kb.Fires(InfectionDeficit, 50, "male", ("where.low_back", true), (risk, true),
            ("neuro.leg_weakness", true), ("episode.duration_days", 1460)));
    }
}
