using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.59.0: raised inflammatory markers read together with a non-mechanical hip pain beyond
/// the 14 days of raised_markers_new_hip_pain. Red flags are read in combination (Downie et al. 2013 BMJ 347:f7095;
/// Finucane et al. 2020 JOSPT 50:350, the IFOMPT framework; eTG Rheumatology: one alerting feature raises the
/// likelihood a little, several together more, and CRP/ESR is to be read with other features): the Exeter Hip Unit
/// lists raised inflammatory markers for an urgent referral with no length, and NHS Gloucestershire's hip red flags name
/// continuous pain, including at night and when not weight bearing. Guards: plain night pain or pain worse after rest
/// (polymyalgia, axSpA), more than a year, and under 45 with more than three months (NICE NG65).
/// </summary>
public class PublishedRedFlagTests68
{
    private const string Rule = "raised_markers_new_hip_pain";

    [Fact]
    public void Three_weeks_of_hip_pain_rest_and_painkillers_do_not_ease_with_a_raised_crp_is_seen_within_a_day()
    {
        // An afebrile joint infection or crystal arthritis near the hip: the pain is not eased by rest or painkillers.
        var result = Kb.Engine.Assess(Kb.Case(61, "female", ("where.hip", true), ("episode.duration_days", 21),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("test.crp_or_esr_raised", true)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
    }

    [Theory]
    [InlineData("where.groin", "pain.unrelieved_by_rest_or_painkillers", 30)]
    [InlineData("where.hip", "pain.constant_unaffected_by_movement", 90)]
    [InlineData("where.front_thigh", "pain.night_no_position_eases", 200)]
    public void Non_mechanical_hip_pain_with_raised_markers_up_to_a_year_fires(string site, string feature, int days)
    {
        Assert.True(Kb.Fires(Rule, 58, "male", (site, true), (feature, true), ("episode.duration_days", days),
            ("test.crp_or_esr_raised", true)));
        Assert.True(Kb.Fires(Rule, 58, "male", (site, true), (feature, true), ("episode.duration_days", days),
            ("test.white_cells_raised", true)));
    }

    [Fact]
    public void Near_miss_no_markers_mechanical_pain_over_a_year_or_nice_ng65_group_does_not_fire()
    {
        // No raised markers.
        Assert.False(Kb.Fires(Rule, 61, "female", ("where.hip", true), ("episode.duration_days", 21),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("test.crp_or_esr_raised", false)));
        // Raised markers with mechanical pain (rest eases it, no constant or night pain).
        Assert.False(Kb.Fires(Rule, 61, "female", ("where.hip", true), ("episode.duration_days", 21),
            ("pain.unrelieved_by_rest_or_painkillers", false), ("pain.constant_unaffected_by_movement", false),
            ("pain.night_no_position_eases", false), ("test.crp_or_esr_raised", true)));
        // More than a year: the chronic pathway.
        Assert.False(Kb.Fires(Rule, 61, "female", ("where.hip", true), ("episode.duration_days", 400),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("test.crp_or_esr_raised", true)));
        // Under 45 with more than three months: the NICE NG65 rheumatology referral, not a same-day check.
        Assert.False(Kb.Fires(Rule, 30, "male", ("where.hip", true), ("episode.duration_days", 120),
            ("pain.constant_unaffected_by_movement", true), ("test.crp_or_esr_raised", true)));
        // Buttock pain alone is read by raised_markers_back_pain, not this hip rule.
        Assert.False(Kb.Fires(Rule, 61, "female", ("where.buttock", true), ("episode.duration_days", 21),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("test.crp_or_esr_raised", true)));
    }

    [Fact]
    public void Over_triage_guard_months_of_polymyalgia_girdle_pain_with_night_pain_and_raised_markers_stays_below_urgent()
    {
        // Polymyalgia: weeks to months of groin pain, worse after rest, waking at night, a raised ESR; not same day.
        var urgency = Kb.UrgencyOf(75, "male", ("where.groin", true), ("pain.side", "both"),
            ("episode.duration_days", 90), ("episode.worsening", true), ("pain.night", true),
            ("pain.worse_with_rest", true), ("test.crp_or_esr_raised", true), ("systemic.fever", false));
        Assert.True(Urgency.Rank(urgency) > Urgency.Rank(Urgency.Urgent), urgency);
    }
}
