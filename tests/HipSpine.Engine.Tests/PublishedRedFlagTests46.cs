using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flag of knowledge 1.38.0. The aortic dissection detection risk score (ACC/AHA 2010; Rogers et al. 2011)
/// counts an abrupt onset and a severe intensity of back or belly pain as high-risk pain features without asking for
/// a risk factor; HipSpine's <c>acute_aortic_pain</c> asked for one (smoking, artery disease, a known aneurysm, a man
/// of 65 or over) to keep sudden back strains out. Mechanical low back pain varies with movement, and visceral disease,
/// vascular disease among it, is the non-mechanical cause (J Orthop Sports Phys Ther 2014 44(7):500): so constant
/// pain that movement does not change now stands in for the risk factor. NICE NG65 asks that low back pain that
/// started before 45 and has lasted longer than 3 months be assessed and referred to a rheumatologist, so
/// <c>non_mechanical_progressive_pain</c> no longer sends that picture to a same-day check; an unanswered length still
/// reads. The age-over-70 fracture flag comes from cohorts with a new episode of back pain (Henschke et al. 2009), so
/// severe pain in <c>older_adult_severe_or_walking</c> is read within three months, of unanswered length, or getting
/// worse within a year. Each change is tested both ways, with an over-triage guard.
/// </summary>
public class PublishedRedFlagTests46
{
    private const string Aortic = "acute_aortic_pain";
    private const string NonMechanical = "non_mechanical_progressive_pain";
    private const string OlderSevere = "older_adult_severe_or_walking";

    private static readonly (string, object)[] NightPainWorseningDespiteCare =
    [
        ("where.low_back", true), ("pain.night", true), ("episode.worsening", true),
        ("episode.not_improving_with_care", true),
    ];

    [Theory]
    [InlineData("where.low_back")]
    [InlineData("where.abdomen")]
    public void Sudden_severe_pain_that_movement_does_not_change_at_50_or_over_is_an_emergency(string site)
    {
        var result = Kb.Engine.Assess(Kb.Case(55, "male", (site, true), ("episode.onset", "sudden"),
            ("episode.duration_days", 1), ("pain.severity_now", 7), ("pain.constant_unaffected_by_movement", true)));
        Kb.AssertEmergency(result, "aaa", Aortic);
    }

    [Fact]
    public void Near_miss_the_same_pain_that_changes_with_movement_without_a_risk_factor_is_not_read()
    {
        Assert.False(Kb.Fires(Aortic, 55, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 1), ("pain.severity_now", 7), ("pain.constant_unaffected_by_movement", false)));
    }

    [Fact]
    public void Near_miss_constant_pain_under_50_or_of_more_than_two_weeks_is_not_read()
    {
        Assert.False(Kb.Fires(Aortic, 45, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 1), ("pain.severity_now", 8), ("pain.constant_unaffected_by_movement", true)));
        Assert.False(Kb.Fires(Aortic, 55, "male", ("where.low_back", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 20), ("pain.severity_now", 8), ("pain.constant_unaffected_by_movement", true)));
    }

    [Fact]
    public void Over_triage_guard_a_sudden_mild_strain_at_55_is_not_an_emergency()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 1),
            ("pain.severity_now", 4), ("pain.severity_worst", 5), ("pain.constant_unaffected_by_movement", false),
            ("pain.unrelieved_by_rest_or_painkillers", false), ("hx.fall_or_minor_injury", false),
            ("hx.major_trauma", false),
        };
        Assert.False(Kb.Fires(Aortic, 55, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(55, "male", findings));
    }

    [Theory]
    [InlineData(50, 1825)]
    [InlineData(30, 60)]
    [InlineData(44, 90)]
    public void Night_pain_worsening_despite_care_at_45_or_over_or_within_3_months_is_still_read(int age, int days)
    {
        Assert.True(Kb.Fires(NonMechanical, age, "male",
            [.. NightPainWorseningDespiteCare, ("episode.duration_days", days)]));
    }

    [Fact]
    public void An_unanswered_length_under_45_is_never_reassurance()
    {
        Assert.True(Kb.Fires(NonMechanical, 30, "female", NightPainWorseningDespiteCare));
    }

    [Fact]
    public void Over_triage_guard_night_pain_for_years_that_began_before_45_is_left_to_the_rheumatology_pathway()
    {
        (string, object)[] findings = [.. NightPainWorseningDespiteCare, ("episode.duration_days", 730)];
        Assert.False(Kb.Fires(NonMechanical, 33, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(33, "male", findings));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(300, true)]
    public void Severe_pain_at_70_or_over_in_a_new_or_worsening_episode_is_seen_the_same_day(int days, bool worsening)
    {
        Assert.True(Kb.Fires(OlderSevere, 78, "female", ("where.low_back", true), ("pain.severity_now", 8),
            ("episode.duration_days", days), ("episode.worsening", worsening)));
        // An unanswered length is never reassurance.
        Assert.True(Kb.Fires(OlderSevere, 78, "female", ("where.low_back", true), ("pain.severity_now", 8)));
    }

    [Fact]
    public void Near_miss_years_of_severe_pain_at_70_or_over_are_not_read_as_severe()
    {
        Assert.False(Kb.Fires(OlderSevere, 84, "male", ("where.low_back", true), ("pain.severity_worst", 9),
            ("episode.duration_days", 1095), ("episode.worsening", true)));
        Assert.False(Kb.Fires(OlderSevere, 84, "male", ("where.low_back", true), ("pain.severity_worst", 9),
            ("episode.duration_days", 200), ("episode.worsening", false)));
    }
}
