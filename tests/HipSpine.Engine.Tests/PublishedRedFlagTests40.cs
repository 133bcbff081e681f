using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.32.0, a triage-safety round on over-triage. Sciatica in both legs is a cauda equina
/// warning when it is new (GIRFT 2023 national suspected cauda equina pathway: new onset bilateral leg pain, as the
/// CSP summary gives it; NICE CKS Sciatica); months or years of slowly worsening leg pain in both legs is the usual
/// course of lumbar spinal stenosis (Therapeutic Guidelines: usually bilateral) and is referred, not seen the same
/// day. So "getting worse" reads sciatica as urgent for an episode of up to six months (a tumour or abscess in the
/// spinal canal shows as months of worsening pain before weakness), and new difficulty walking at 70 or over for an episode of up to a year (a rapid deterioration of
/// hip osteoarthritis is an urgent referral within two weeks, NICE Referral Practice 2000; years of decline are
/// routine). An unanswered length keeps both readings (<c>orUnanswered</c>), and the deficit and bladder rules
/// still read every length. Unexplained weight loss or night sweats with pain that rest and painkillers do not ease is
/// a possible cancer in bone at any age (two red flags together: weight loss and pain at rest, Verhagen et al. 2016;
/// NHS Gloucestershire back and hip pathways), as weight loss with night pain or constant pain already was.
/// </summary>
public class PublishedRedFlagTests40
{
    private const string Sciatica = "bilateral_or_worsening_sciatica";
    private const string Older = "older_adult_severe_or_walking";
    private const string Malignancy = "suspected_malignancy";

    private static (string, object)[] BothLegs(params (string, object)[] more) =>
        [("where.low_back", true), ("where.both_legs", true), ("where.below_knee", true), ("neuro.leg_numbness_tingling", true), .. more];

    private static (string, object)[] OneLeg(params (string, object)[] more) =>
        [("where.low_back", true), ("where.back_of_thigh", true), ("where.below_knee", true), ("pain.worse_cough_sneeze", true), .. more];

    private static (string, object)[] Walking(params (string, object)[] more) =>
        [("where.hip", true), ("func.difficulty_walking_standing", true), .. more];

    [Theory]
    [InlineData(3, false)]
    [InlineData(14, false)]
    [InlineData(30, true)]
    [InlineData(90, true)]
    [InlineData(180, true)]
    public void New_or_recently_worsening_sciatica_in_both_legs_is_seen_the_same_day(int days, bool worsening)
    {
        var findings = BothLegs(("episode.duration_days", days), ("episode.worsening", worsening));
        Assert.True(Kb.Fires(Sciatica, 45, "male", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(45, "male", findings));
    }

    // Knowledge 1.34.0: the one-sided branch reads up to 90 days (three months, the chronic line; see
    // PublishedRedFlagTests42, which also holds 91-180 days off); it was 180 days here.
    [Theory]
    [InlineData(30)]
    [InlineData(90)]
    public void One_sided_sciatica_getting_worse_within_three_months_is_seen_the_same_day(int days)
    {
        Assert.True(Kb.Fires(Sciatica, 40, "female", OneLeg(("episode.worsening", true), ("episode.duration_days", days))));
    }

    [Fact]
    public void Worsening_sciatica_of_unanswered_length_is_read_as_before()
    {
        Assert.True(Kb.Fires(Sciatica, 62, "female", BothLegs(("episode.worsening", true))));
        Assert.True(Kb.Fires(Sciatica, 38, "male", OneLeg(("episode.worsening", true))));
        // Knowledge 1.63.0: worsening pain down both legs within 14 days is the emergency rule cauda_equina, and an
        // unanswered length is read as new for every emergency rule (the duration completion); it was urgent here.
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(62, "female", BothLegs(("episode.worsening", true))));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(62, "female", BothLegs(("episode.worsening", true), ("episode.duration_days", 30))));
    }

    [Theory]
    [InlineData(181)]
    [InlineData(365)]
    [InlineData(1460)]
    public void More_than_six_months_or_years_of_slowly_worsening_leg_pain_are_not_a_same_day_cauda_equina_warning(int days)
    {
        Assert.False(Kb.Fires(Sciatica, 68, "male", BothLegs(("episode.worsening", true), ("episode.duration_days", days), ("episode.onset", "gradual"))));
        Assert.False(Kb.Fires(Sciatica, 45, "female", OneLeg(("episode.worsening", true), ("episode.duration_days", days))));
        var result = Kb.Engine.Assess(Kb.Case(68, "male", BothLegs(("episode.worsening", true), ("episode.duration_days", days), ("episode.onset", "gradual"))));
        Assert.Equal(Urgency.Soon, result.Urgency);
    }

    [Fact]
    public void Bladder_saddle_and_both_legs_weak_still_read_a_long_standing_picture()
    {
        var saddle = BothLegs(("episode.worsening", true), ("episode.duration_days", 1095), ("neuro.saddle_numbness", true));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(68, "male", saddle)), "cauda_equina", "cauda_equina");
        var weak = BothLegs(("episode.worsening", true), ("episode.duration_days", 180), ("neuro.leg_weakness", true));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(23, "female", weak));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(89, false)]
    [InlineData(120, true)]
    [InlineData(365, true)]
    public void New_or_worsening_difficulty_walking_within_a_year_at_70_or_over_is_seen_the_same_day(int days, bool worsening)
    {
        var findings = Walking(("episode.duration_days", days), ("episode.worsening", worsening));
        Assert.True(Kb.Fires(Older, 78, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(78, "female", findings));
    }

    [Fact]
    public void Worsening_walking_of_unanswered_length_at_70_or_over_is_read_as_before()
    {
        Assert.True(Kb.Fires(Older, 85, "female", Walking(("episode.worsening", true))));
        Assert.True(Kb.Fires(Older, 85, "female", ("where.hip", true), ("func.limp", true), ("episode.worsening", true)));
    }

    [Theory]
    [InlineData(366)]
    [InlineData(730)]
    [InlineData(1825)]
    public void Years_of_slowly_worsening_walking_at_70_or_over_are_not_read_as_new(int days)
    {
        var findings = Walking(("episode.worsening", true), ("episode.duration_days", days), ("episode.onset", "gradual"));
        Assert.False(Kb.Fires(Older, 76, "female", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(76, "female", findings));
    }

    [Fact]
    public void Severe_pain_at_70_or_over_is_still_read_in_a_new_or_worsening_episode()
    {
        // Knowledge 1.38.0 (PublishedRedFlagTests46): severe pain counts within three months, of unanswered length, or
        // getting worse within a year (the fracture flag's acute cohorts); these were 730 and 1460 days until 1.37.0.
        Assert.True(Kb.Fires(Older, 76, "female", Walking(("episode.worsening", true), ("episode.duration_days", 300), ("pain.severity_worst", 8))));
        Assert.True(Kb.Fires(Older, 76, "female", ("where.low_back", true), ("episode.duration_days", 60), ("pain.unrelieved_by_rest_or_painkillers", true)));
    }

    [Fact]
    public void Not_being_able_to_bear_weight_that_is_getting_worse_is_still_read_at_any_length()
    {
        // The strongest form of walking difficulty keeps the 1.22.0 reading (PublishedRedFlagTests30).
        Assert.True(Kb.Fires(Older, 75, "female", ("func.cannot_bear_weight", true), ("episode.duration_days", 730), ("episode.worsening", true)));
        Assert.False(Kb.Fires(Older, 75, "female", ("func.cannot_bear_weight", true), ("episode.duration_days", 730), ("episode.worsening", false)));
    }

    [Fact]
    public void Not_being_able_to_bear_weight_after_a_fall_is_still_an_emergency_whatever_the_length()
    {
        var fall = Walking(("episode.worsening", true), ("episode.duration_days", 730), ("hx.fall_or_minor_injury", true), ("func.cannot_bear_weight", true));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(80, "female", fall));
    }

    [Theory]
    [InlineData(36, "systemic.weight_loss")]
    [InlineData(45, "systemic.night_sweats")]
    [InlineData(70, "systemic.weight_loss")]
    public void Weight_loss_or_night_sweats_with_pain_that_rest_and_painkillers_do_not_ease_is_seen_within_a_day(int age, string systemic)
    {
        var findings = new (string, object)[] { ("where.low_back", true), (systemic, true), ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.duration_days", 90) };
        Assert.True(Kb.Fires(Malignancy, age, "male", findings));
        var result = Kb.Engine.Assess(Kb.Case(age, "male", findings));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.MustRuleOut, m => m.Id == "malignancy");
    }

    [Fact]
    public void Pain_that_rest_and_painkillers_do_not_ease_without_weight_loss_or_night_sweats_is_not_read_as_cancer()
    {
        Assert.False(Kb.Fires(Malignancy, 36, "male", ("where.low_back", true), ("pain.unrelieved_by_rest_or_painkillers", true),
            ("systemic.weight_loss", false), ("systemic.night_sweats", false), ("episode.duration_days", 90)));
        Assert.False(Kb.Fires(Malignancy, 36, "male", ("where.low_back", true), ("systemic.weight_loss", true),
            ("pain.unrelieved_by_rest_or_painkillers", false), ("episode.duration_days", 90)));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(36, "male", ("where.low_back", true), ("systemic.weight_loss", true),
            ("pain.unrelieved_by_rest_or_painkillers", false), ("episode.duration_days", 90)));
    }
}
