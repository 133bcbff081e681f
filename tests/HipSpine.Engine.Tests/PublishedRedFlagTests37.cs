using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.29.0, one published criterion at a time. A new hip, groin or front-thigh pain of two
/// weeks or less with raised blood markers of inflammation is seen within a day (an iliopsoas abscess or a septic hip
/// often starts without fever or the classic triad). A back pain with being sick in its first week is seen within
/// a day (suspected renal colic: CT within 24 hours, NICE NG118; a ruptured aneurysm can look the same). A pain in the
/// belly and the back together that began suddenly or in the last week is seen within a day (a sudden onset belongs to the vascular and perforating causes of
/// acute abdominal pain). The guards keep each reading as narrow as its criterion.
/// </summary>
public class PublishedRedFlagTests37
{
    private const string HipMarkersRule = "raised_markers_new_hip_pain";
    private const string VomitingRule = "new_back_pain_with_vomiting";
    private const string BellyBackRule = "new_or_sudden_back_and_belly_pain";

    [Theory]
    [InlineData("where.hip", 75, 2, "test.crp_or_esr_raised")]
    [InlineData("where.groin", 30, 14, "test.white_cells_raised")]
    [InlineData("where.lateral_hip", 50, 0, "test.crp_or_esr_raised")]
    [InlineData("where.front_thigh", 62, 7, "test.white_cells_raised")]
    public void New_hip_pain_with_raised_markers_is_seen_within_a_day(string site, int age, int days, string marker)
    {
        var findings = new (string, object)[] { (site, true), ("episode.duration_days", days), (marker, true) };
        Assert.True(Kb.Fires(HipMarkersRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "septic_hip", HipMarkersRule);
    }

    [Theory]
    [InlineData("where.hip", 15, true)]     // more than 14 days (a polymyalgia of weeks)
    [InlineData("where.groin", 90, true)]   // three months of groin pain
    [InlineData("where.hip", 3, false)]     // markers not raised
    [InlineData("where.knee", 3, true)]     // knee pain alone
    public void Hip_pain_long_standing_without_raised_markers_or_elsewhere_is_not_read(string site, int days, bool raised)
    {
        Assert.False(Kb.Fires(HipMarkersRule, 70, "female", (site, true), ("episode.duration_days", days),
            ("test.crp_or_esr_raised", raised), ("test.white_cells_raised", false)));
    }

    [Fact]
    // Knowledge 1.44.0 reads an UNANSWERED length as new (PublishedRedFlagTests52: the Exeter Hip Unit's urgent line for
    // raised markers has no length); an answered length over 14 days stays out even when the pain is getting worse.
    public void Worsening_hip_pain_with_raised_markers_and_an_answered_length_over_two_weeks_is_not_read()
    {
        Assert.False(Kb.Fires(HipMarkersRule, 70, "female", ("where.hip", true), ("episode.worsening", true),
            ("test.crp_or_esr_raised", true), ("episode.duration_days", 30)));
    }

    [Theory]
    [InlineData("where.low_back", 31, 1, "sudden")]
    [InlineData("where.mid_upper_back", 45, 0, "sudden")]
    [InlineData("where.low_back", 63, 2, "gradual")] // the sickness, not the onset, is what the reading rests on
    [InlineData("where.low_back", 70, 7, "sudden")]
    public void New_back_pain_with_being_sick_is_seen_within_a_day(string site, int age, int days, string onset)
    {
        var findings = new (string, object)[] { (site, true), ("episode.onset", onset), ("systemic.nausea_vomiting", true),
            ("episode.duration_days", days) };
        Assert.True(Kb.Fires(VomitingRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "visceral_referral", VomitingRule);
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "aaa");
    }

    [Theory]
    [InlineData("where.low_back", "sudden", false, 1)]  // not sick
    [InlineData("where.low_back", "sudden", true, 8)]   // more than 7 days
    [InlineData("where.hip", "sudden", true, 1)]        // hip pain alone
    [InlineData("where.groin", "sudden", true, 1)]      // groin pain alone (groin_pain_with_vomiting reads it)
    public void Back_pain_without_sickness_older_than_a_week_or_elsewhere_is_not_read(string site, string onset, bool sick, int days)
    {
        Assert.False(Kb.Fires(VomitingRule, 40, "female", (site, true), ("episode.onset", onset), ("systemic.nausea_vomiting", sick),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Back_pain_with_being_sick_and_an_unanswered_length_is_read_as_new()
    {
        // Knowledge 1.57.0: an unanswered length is never reassurance; only an answered length over 7 days is out.
        Assert.True(Kb.Fires(VomitingRule, 40, "female", ("where.low_back", true), ("episode.onset", "sudden"),
            ("systemic.nausea_vomiting", true)));
    }

    [Theory]
    [InlineData("where.low_back", 47)]
    [InlineData("where.mid_upper_back", 30)]
    [InlineData("where.flank", 55)]
    public void Sudden_belly_and_back_pain_is_seen_within_a_day(string site, int age)
    {
        var findings = new (string, object)[] { (site, true), ("where.abdomen", true), ("episode.onset", "sudden") };
        Assert.True(Kb.Fires(BellyBackRule, age, "female", findings)); // no length needed for a sudden start
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "female", findings)), "aaa", BellyBackRule);
    }

    [Theory]
    [InlineData("where.low_back", 38, 1)]
    [InlineData("where.flank", 27, 7)]
    public void Belly_and_back_pain_of_a_week_or_less_is_seen_within_a_day(string site, int age, int days)
    {
        var findings = new (string, object)[] { (site, true), ("where.abdomen", true), ("episode.onset", "gradual"), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(BellyBackRule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "visceral_referral", BellyBackRule);
    }

    [Theory]
    [InlineData("where.low_back", true, "gradual", 8)]   // a gradual start, more than 7 days
    [InlineData("where.low_back", true, "gradual", 60)]  // two months of belly and back ache
    [InlineData("where.low_back", false, "sudden", 2)]   // back pain alone, no belly pain
    [InlineData("where.groin", true, "sudden", 2)]       // groin and belly pain without back or side pain
    [InlineData("where.hip", true, "sudden", 2)]         // hip and belly pain
    public void Belly_and_back_pain_gradual_and_older_than_a_week_or_without_both_sites_is_not_read(string site, bool belly, string onset, int days)
    {
        Assert.False(Kb.Fires(BellyBackRule, 45, "male", (site, true), ("where.abdomen", belly), ("episode.onset", onset),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void Gradual_belly_and_back_pain_with_an_unanswered_length_is_read_as_new()
    {
        // Knowledge 1.57.0: a gradual start alone does not make the pain long-standing; the length must be answered.
        Assert.True(Kb.Fires(BellyBackRule, 45, "male", ("where.abdomen", true), ("where.low_back", true), ("episode.onset", "gradual")));
    }

    [Fact]
    public void Sudden_belly_pain_alone_is_not_read_by_the_belly_and_back_rule()
    {
        Assert.False(Kb.Fires(BellyBackRule, 45, "male", ("where.abdomen", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.flank", false), ("episode.onset", "sudden"), ("episode.duration_days", 1)));
    }
}
