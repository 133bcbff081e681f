using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.51.0, each tested both ways with an over-triage guard. (1) Severe back pain begun
/// suddenly today or yesterday at 60 or over: abrupt onset and severe intensity are the ADD-RS high-risk pain features
/// (Hiratzka et al. 2010; Rogers et al. 2011), a vascular pathway suspects rupture over 50 with sudden back pain (BNSSG
/// Remedy: 999), and a spontaneous spinal epidural haematoma starts the same way before the deficit (Fedor et al.
/// 2011): <c>sudden_severe_back_pain_60_and_over</c>, emergency. (2) New back and belly pain in a man of 65 or over:
/// NICE NG156 1.1.1 makes every older man its at-risk group, so male sex counts beside smoking and artery disease in
/// <c>aaa_risk_new_back_and_belly_pain_65_and_over</c>. (3) A new leg weakness with back pain, not said to be stable,
/// and (4) feeling unwell with back pain and such a weakness: the South Tees pathway answers a new or progressive
/// neurological deficit and a suspected spinal infection the same day (urgent); an unanswered progression question is
/// never reassurance.
/// </summary>
public class PublishedRedFlagTests60
{
    private const string SuddenSevere = "sudden_severe_back_pain_60_and_over";
    private const string BackAndBelly = "aaa_risk_new_back_and_belly_pain_65_and_over";
    private const string Progressive = "progressive_neuro_deficit";
    private const string Unwell = "weight_loss_unwell_worsening_pain";

    private static readonly (string, object)[] SuddenOnWaking =
        [("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 0), ("pain.severity_now", 10)];

    [Fact]
    public void Sudden_ten_out_of_ten_low_back_pain_on_waking_at_70_is_an_emergency()
    {
        // No smoking, artery disease or blood thinner told: the two ADD-RS pain features are enough at this age.
        var result = Kb.Engine.Assess(Kb.Case(70, "female", [.. SuddenOnWaking, ("hx.anticoagulants", false)]));
        Kb.AssertEmergency(result, "aaa", SuddenSevere);
        Assert.Contains(result.MustRuleOut, m => m.Id == "cauda_equina");
    }

    [Theory]
    [InlineData("pain.severity_worst", 7, 1)]
    [InlineData("pain.severity_now", 8, 0)]
    public void Sudden_severe_middle_or_low_back_pain_today_or_yesterday_fires(string severity, int value, int days)
    {
        Assert.True(Kb.Fires(SuddenSevere, 60, "male", ("where.mid_upper_back", true), ("episode.onset", "sudden"),
            (severity, value), ("episode.duration_days", days)));
    }

    [Fact]
    public void An_unanswered_length_of_a_sudden_severe_pain_is_no_reassurance()
    {
        Assert.True(Kb.Fires(SuddenSevere, 75, "female", ("where.low_back", true), ("episode.onset", "sudden"),
            ("pain.severity_worst", 9)));
    }

    [Fact]
    public void Near_miss_under_60_gradual_not_severe_unanswered_severity_or_two_days_does_not_fire()
    {
        Assert.False(Kb.Fires(SuddenSevere, 59, "female", SuddenOnWaking));
        Assert.False(Kb.Fires(SuddenSevere, 70, "female", [.. SuddenOnWaking.Where(f => f.Item1 != "episode.onset"),
            ("episode.onset", "gradual")]));
        Assert.False(Kb.Fires(SuddenSevere, 70, "female", [.. SuddenOnWaking.Where(f => f.Item1 != "pain.severity_now"),
            ("pain.severity_now", 6)]));
        Assert.False(Kb.Fires(SuddenSevere, 70, "female", [.. SuddenOnWaking.Where(f => f.Item1 != "pain.severity_now")]));
        Assert.False(Kb.Fires(SuddenSevere, 70, "female", [.. SuddenOnWaking.Where(f => f.Item1 != "episode.duration_days"),
            ("episode.duration_days", 2)]));
    }

    [Fact]
    public void Over_triage_guard_a_sudden_moderate_back_pain_at_72_after_lifting_stays_below_emergency()
    {
        // A sudden back pain of 5/10 after lifting, no risk factor: the common strain or fracture picture.
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(72, "female", ("where.low_back", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 0), ("pain.severity_now", 5),
            ("pain.severity_worst", 5), ("hx.smoker", false), ("hx.vascular_disease", false),
            ("hx.anticoagulants", false), ("pain.constant_unaffected_by_movement", false)));
    }

    [Fact]
    public void New_belly_and_back_pain_in_a_man_of_65_with_no_risk_told_is_an_emergency()
    {
        var result = Kb.Engine.Assess(Kb.Case(65, "male", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 2)));
        Kb.AssertEmergency(result, "aaa", BackAndBelly);
    }

    [Fact]
    public void Near_miss_a_woman_of_70_a_man_of_64_three_weeks_or_belly_alone_does_not_fire_the_back_and_belly_rule()
    {
        // Women keep NG156's risk factors (1.1.3); male sex counts from 65 only. Since 1.53.0 a woman of 70 or over
        // whose risks are not told counts (an unasked risk is not reassurance), so the near miss denies both.
        Assert.False(Kb.Fires(BackAndBelly, 70, "female", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 2), ("hx.smoker", false), ("hx.vascular_disease", false)));
        Assert.False(Kb.Fires(BackAndBelly, 64, "male", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 2)));
        Assert.False(Kb.Fires(BackAndBelly, 70, "male", ("where.abdomen", true), ("where.low_back", true),
            ("episode.duration_days", 21)));
        Assert.False(Kb.Fires(BackAndBelly, 70, "male", ("where.abdomen", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("episode.duration_days", 2)));
    }

    [Fact]
    public void A_new_leg_weakness_with_back_pain_course_not_told_is_same_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(41, "male", ("where.low_back", true), ("where.below_knee", true),
            ("neuro.leg_weakness", true), ("episode.duration_days", 14)));
        Kb.AssertSeenWithinADay(result, "lumbar_radiculopathy", Progressive);
    }

    [Fact]
    public void Near_miss_a_weakness_said_not_to_be_worsening_older_than_six_weeks_or_of_unanswered_length()
    {
        Assert.False(Kb.Fires(Progressive, 41, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("neuro.weakness_worsening", false), ("episode.duration_days", 14)));
        Assert.False(Kb.Fires(Progressive, 41, "male", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.duration_days", 43)));
        Assert.False(Kb.Fires(Progressive, 41, "male", ("where.low_back", true), ("neuro.leg_weakness", true)));
    }

    [Fact]
    public void Over_triage_guard_years_of_stenosis_with_a_stable_weak_leg_stays_below_same_day()
    {
        Assert.Contains(Kb.UrgencyOf(70, "female", ("where.low_back", true), ("where.back_of_thigh", true),
            ("neuro.leg_weakness", true), ("neuro.weakness_worsening", false), ("pain.worse_walking", true),
            ("pain.eased_sitting_or_bending_forward", true), ("episode.duration_days", 730),
            ("episode.worsening", false)), new[] { Urgency.Soon, Urgency.SelfCare });
    }

    [Fact]
    public void Feeling_unwell_with_back_pain_and_a_weak_leg_for_three_months_is_same_day()
    {
        var result = Kb.Engine.Assess(Kb.Case(37, "male", ("where.low_back", true), ("episode.duration_days", 90),
            ("systemic.unwell", true), ("neuro.leg_weakness", true)));
        Kb.AssertSeenWithinADay(result, "malignancy", Unwell);
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_infection");
    }

    [Fact]
    public void Near_miss_feeling_unwell_with_a_stable_weakness_or_over_a_year_does_not_fire_the_unwell_branch()
    {
        Assert.False(Kb.Fires(Unwell, 37, "male", ("where.low_back", true), ("episode.duration_days", 90),
            ("systemic.unwell", true), ("neuro.leg_weakness", true), ("neuro.weakness_worsening", false)));
        Assert.False(Kb.Fires(Unwell, 37, "male", ("where.low_back", true), ("episode.duration_days", 400),
            ("systemic.unwell", true), ("neuro.leg_weakness", true)));
        Assert.False(Kb.Fires(Unwell, 37, "male", ("where.low_back", true), ("episode.duration_days", 90),
            ("systemic.unwell", false), ("neuro.leg_weakness", true)));
    }
}
