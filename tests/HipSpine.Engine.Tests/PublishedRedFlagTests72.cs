using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.63.0. New sciatica in both legs that is getting worse, with low back or buttock pain, in
/// an episode of up to 14 days, is an emergency (<c>cauda_equina</c>) without a bladder, bowel or saddle sign: the NHS back
/// pain advice sends back pain with pain in both legs to 999 or A&amp;E, NHS Norfolk and Waveney sends new (two weeks)
/// pain into both legs to A&amp;E, the RCGP-based sciatica algorithm makes bilateral sciatica an emergency. Requiring the
/// pain to be getting worse is a judgement (NICE CKS: recent or worsening bilateral sciatica).
/// </summary>
public class PublishedRedFlagTests72
{
    private const string Ces = "cauda_equina";
    private const string Sciatica = "bilateral_or_worsening_sciatica";

    [Theory]
    [InlineData(50, "male", "where.low_back", "where.below_knee", 1)]
    [InlineData(30, "female", "where.buttock", "where.back_of_thigh", 14)]
    [InlineData(65, null, "where.low_back", "where.front_thigh", 0)]
    [InlineData(41, "male", "where.low_back", "where.back_of_thigh", 7)]
    public void New_worsening_sciatica_in_both_legs_within_14_days_is_an_emergency(int age, string? sex, string site, string legSite, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, (site, true), ("where.both_legs", true), (legSite, true),
            ("episode.worsening", true), ("episode.duration_days", days)));
        Kb.AssertEmergency(result, "cauda_equina", Ces);
    }

    [Fact]
    public void The_progressing_cauda_equina_told_as_a_day_of_worsening_pain_into_both_legs_is_an_emergency()
    {
        // heldout71 NV_01: a man of 50, bladder and bowel denied; urgent in 1.62.0 (bilateral_or_worsening_sciatica).
        var result = Kb.Engine.Assess(Kb.Case(50, "male", ("where.low_back", true), ("where.back_of_thigh", true),
            ("where.below_knee", true), ("where.both_legs", true), ("pain.side", "both"), ("episode.duration_days", 1),
            ("episode.worsening", true), ("episode.recurrent", true), ("neuro.bladder_change", false),
            ("neuro.bowel_change", false), ("systemic.fever", false), ("hx.cancer", false)));
        Kb.AssertEmergency(result, "cauda_equina", Ces);
    }

    [Fact]
    public void An_unanswered_length_is_read_as_new_as_for_every_emergency_rule()
    {
        // The duration completion (1 day) of the emergency rules: an unknown length is never reassurance.
        var result = Kb.Engine.Assess(Kb.Case(45, "female", ("where.low_back", true), ("where.both_legs", true),
            ("where.below_knee", true), ("episode.worsening", true)));
        Kb.AssertEmergency(result, "cauda_equina", Ces);
    }

    [Theory]
    [InlineData(15, true, "where.below_knee", "where.low_back")]
    [InlineData(5, false, "where.below_knee", "where.low_back")]
    [InlineData(5, true, "where.knee", "where.low_back")]
    [InlineData(5, true, "where.below_knee", "where.hip")]
    public void Guards_more_than_14_days_not_getting_worse_no_radicular_leg_site_or_no_back_pain(int days, bool worsening, string legSite, string site)
    {
        Assert.False(Kb.Fires(Ces, 45, "male", (site, true), ("where.both_legs", true), (legSite, true),
            ("episode.worsening", worsening), ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_ten_days_of_steady_pain_down_both_legs_stays_same_day()
    {
        // Not told as getting worse: the urgent rule's 14-day branch (Todd and Dickson's CES-S), not this emergency.
        (string, object)[] findings =
        [
            ("where.low_back", true), ("where.both_legs", true), ("where.back_of_thigh", true), ("where.below_knee", true),
            ("episode.worsening", false), ("episode.duration_days", 10), ("neuro.bladder_change", false),
            ("neuro.bowel_change", false), ("neuro.saddle_numbness", false),
        ];
        Assert.False(Kb.Fires(Ces, 38, "female", findings));
        Assert.True(Kb.Fires(Sciatica, 38, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(38, "female", findings));
    }

    [Fact]
    public void Near_miss_worsening_sciatica_in_one_leg_is_not_this_emergency()
    {
        (string, object)[] findings =
        [
            ("where.low_back", true), ("where.both_legs", false), ("where.below_knee", true), ("pain.side", "left"),
            ("episode.worsening", true), ("episode.duration_days", 3),
        ];
        Assert.False(Kb.Fires(Ces, 40, "male", findings));
    }
}

/// <summary>
/// Knowledge 1.63.0: at 50 or over, back pain that is getting worse with a leg weakness found on examination, in an episode
/// of six weeks or less, is same day (<c>worsening_back_pain_with_leg_weakness_over_50</c>): South Tees makes a new
/// neurological deficit urgent the same day, NICE NG234 reads progressive lumbar spinal pain with a neurological sign as
/// spinal metastases. The six weeks is a judgement (the acute back pain window).
/// </summary>
public class PublishedRedFlagTests72Examination
{
    private const string Rule = "worsening_back_pain_with_leg_weakness_over_50";

    [Theory]
    [InlineData(65, "male", "where.low_back", 30)]
    [InlineData(50, "female", "where.mid_upper_back", 42)]
    [InlineData(78, null, "where.buttock", 7)]
    public void Worsening_back_pain_with_a_weakness_found_on_examination_within_six_weeks_at_50_or_over_is_same_day(int age, string? sex, string site, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, sex, (site, true), ("episode.worsening", true),
            ("episode.duration_days", days), ("exam.myotomal_weakness", true)));
        Kb.AssertSeenWithinADay(result, "malignancy", Rule);
    }

    [Fact]
    public void The_spondylodiscitis_told_as_a_month_of_worsening_back_pain_with_weakness_at_examination_is_same_day()
    {
        // heldout72 NW_03: a man of 65 in primary care, a dermatomal sensory loss as well; soon in 1.62.0.
        var result = Kb.Engine.Assess(Kb.Case(65, "male", ("where.low_back", true), ("pain.side", "left"),
            ("episode.worsening", true), ("episode.duration_days", 30), ("exam.myotomal_weakness", true),
            ("exam.dermatomal_sensory_loss", true)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", Rule);
    }

    [Theory]
    [InlineData(49, 30, true)]
    [InlineData(65, 43, true)]
    [InlineData(65, 180, true)]
    [InlineData(65, 30, false)]
    public void Guards_under_50_more_than_six_weeks_or_pain_not_getting_worse(int age, int days, bool worsening)
    {
        Assert.False(Kb.Fires(Rule, age, "male", ("where.low_back", true), ("episode.worsening", worsening),
            ("episode.duration_days", days), ("exam.myotomal_weakness", true)));
    }

    [Fact]
    public void An_examination_weakness_of_unanswered_length_is_not_read()
    {
        // An urgent rule is not completed for an unanswered length (a long-standing weakness is the commonest of all).
        Assert.False(Kb.Fires(Rule, 65, "female", ("where.low_back", true), ("episode.worsening", true),
            ("exam.myotomal_weakness", true)));
    }
}
