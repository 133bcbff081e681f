using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.68.0: back or buttock pain begun within 90 days that rest or painkillers do not relieve (or that no
/// position eases at night), with raised white cells or CRP/ESR, is seen the same day at any age
/// (<c>raised_markers_back_pain</c>): the South Tees acute back pain pathway's unrelieved continuous night pain red flag
/// and Gloucestershire's persistent night pain, read with the marker that sends back pain on to an MRI. The 90 days and
/// not reading an unanswered length (axial spondyloarthritis) are judgements.
/// </summary>
public class PublishedRedFlagTests77RaisedMarkers
{
    private const string Rule = "raised_markers_back_pain";

    [Theory]
    [InlineData(52, "pain.unrelieved_by_rest_or_painkillers", "test.white_cells_raised", 21)]
    [InlineData(30, "pain.night_no_position_eases", "test.crp_or_esr_raised", 60)]
    [InlineData(45, "pain.unrelieved_by_rest_or_painkillers", "test.crp_or_esr_raised", 90)]
    public void Unrelieved_back_pain_with_raised_markers_is_seen_the_same_day(int age, string pain, string marker, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", ("where.low_back", true), (pain, true), (marker, true),
            ("episode.duration_days", days), ("episode.worsening", false), ("systemic.fever", false)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Rule);
    }

    [Fact]
    public void The_marrow_cancer_told_as_three_weeks_of_unrelieved_back_pain_after_a_fall_is_same_day()
    {
        // heldout82 OG_18: a man of 52, three weeks of low back pain after a minor fall that painkillers did not touch,
        // no fever, weight loss or night sweats, raised white cells; soon in 1.67.0.
        var result = Kb.Engine.Assess(Kb.Case(52, "male", ("where.low_back", true), ("hx.fall_or_minor_injury", true),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.duration_days", 21), ("systemic.weight_loss", false),
            ("systemic.fever", false), ("systemic.night_sweats", false), ("test.white_cells_raised", true)));
        Kb.AssertSeenWithinADay(result, "malignancy", Rule);
    }

    [Theory]
    [InlineData(91, true, true)]    // more than 90 days: long-standing pain (axial spondyloarthritis) stays soon
    [InlineData(0, true, true)]     // no length told: not read under 65 (the axSpA guard)
    [InlineData(21, false, true)]   // pain that rest or painkillers relieve
    [InlineData(21, true, false)]   // no raised marker
    public void Guards(int days, bool unrelieved, bool marker)
    {
        var findings = new List<(string, object)>
        {
            ("where.low_back", true), ("pain.unrelieved_by_rest_or_painkillers", unrelieved),
            ("test.crp_or_esr_raised", marker), ("episode.worsening", false),
        };
        if (days > 0) findings.Add(("episode.duration_days", days));
        Assert.False(Kb.Fires(Rule, 40, "female", findings.ToArray()));
    }
}
