using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.34.0, a triage-safety round on over-triage. NICE CKS Sciatica names bilateral
/// sciatica and a severe or progressive bilateral neurological deficit as cauda equina red flags; sciatica in one leg
/// that is getting worse is HipSpine's own extension, read as a warning only while it is not yet chronic. Back and
/// leg pain is called chronic after three months and NHS Devon referral guidance (low back pain with or without
/// sciatica/radiculopathy) expects 12 weeks of conservative care in the community before any specialist referral
/// when no serious pathology is suspected; NICE CKS (Interpreting red flags): a red flag does not always mean an
/// emergency and the urgency is a clinical judgement. So one-sided sciatica with a nerve sign that is getting worse
/// is read as same-day for an episode of up to 90 days or of unanswered length (was 180 days, the 1.32.0 reading
/// of <see cref="PublishedRedFlagTests40"/>, changed with it). Both-leg readings are unchanged (the guards of
/// <see cref="PublishedRedFlagTests25"/> and <see cref="PublishedRedFlagTests41"/>), and worsening weakness, foot
/// drop and bladder, bowel or saddle symptoms still read every length through their own rules.
/// </summary>
public class PublishedRedFlagTests42
{
    private const string Sciatica = "bilateral_or_worsening_sciatica";

    private static (string, object)[] OneLeg(string sign, params (string, object)[] more) =>
        [("where.low_back", true), ("where.back_of_thigh", true), ("where.below_knee", true), (sign, true), ("episode.worsening", true), .. more];

    [Theory]
    [InlineData("neuro.leg_numbness_tingling", 14)]
    [InlineData("neuro.leg_numbness_tingling", 90)]
    [InlineData("pain.worse_cough_sneeze", 60)]
    [InlineData("exam.slr_positive", 90)]
    public void One_sided_sciatica_getting_worse_within_three_months_is_seen_the_same_day(string sign, int days)
    {
        var findings = OneLeg(sign, ("episode.duration_days", days));
        Assert.True(Kb.Fires(Sciatica, 42, "male", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(42, "male", findings));
    }

    [Theory]
    [InlineData("neuro.leg_numbness_tingling", 91)]
    [InlineData("neuro.leg_numbness_tingling", 180)]
    [InlineData("pain.worse_cough_sneeze", 120)]
    [InlineData("exam.slr_positive", 150)]
    public void One_sided_sciatica_getting_worse_for_more_than_three_months_is_not_a_same_day_warning(string sign, int days)
    {
        var findings = OneLeg(sign, ("episode.duration_days", days));
        Assert.False(Kb.Fires(Sciatica, 42, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(42, "male", findings));
    }

    [Fact]
    public void One_sided_worsening_sciatica_of_unanswered_length_is_read_as_before()
    {
        Assert.True(Kb.Fires(Sciatica, 42, "female", OneLeg("neuro.leg_numbness_tingling")));
        Assert.True(Kb.Fires(Sciatica, 42, "female", OneLeg("exam.slr_positive")));
    }

    [Theory]
    [InlineData(120)]
    [InlineData(180)]
    public void Over_triage_guard_both_legs_keep_six_months(int days)
    {
        // Both legs with a cough-pain sign or a straight-leg raise, or numbness in both legs: NICE CKS's bilateral flags.
        Assert.True(Kb.Fires(Sciatica, 50, "female", ("where.both_legs", true), ("where.below_knee", true),
            ("pain.worse_cough_sneeze", true), ("episode.worsening", true), ("episode.duration_days", days)));
        Assert.True(Kb.Fires(Sciatica, 50, "female", ("where.both_legs", true), ("where.back_of_thigh", true),
            ("exam.slr_positive", true), ("episode.worsening", true), ("episode.duration_days", days)));
        Assert.True(Kb.Fires(Sciatica, 50, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", true), ("episode.duration_days", days)));
        Assert.False(Kb.Fires(Sciatica, 50, "female", ("where.both_legs", true), ("where.below_knee", true),
            ("pain.worse_cough_sneeze", true), ("episode.worsening", true), ("episode.duration_days", 181)));
    }

    [Fact]
    public void One_sided_sciatica_that_is_not_getting_worse_is_not_read_at_any_length()
    {
        Assert.False(Kb.Fires(Sciatica, 42, "male", ("where.back_of_thigh", true), ("where.below_knee", true),
            ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 30)));
    }

    [Fact]
    public void Worsening_weakness_foot_drop_or_bladder_symptoms_still_read_a_picture_of_four_months()
    {
        var weak = OneLeg("neuro.leg_numbness_tingling", ("episode.duration_days", 120), ("neuro.weakness_worsening", true));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(42, "male", weak));
        var drop = OneLeg("neuro.leg_numbness_tingling", ("episode.duration_days", 120), ("neuro.foot_drop", true));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(42, "male", drop));
        var bladder = OneLeg("neuro.leg_numbness_tingling", ("episode.duration_days", 120), ("neuro.bladder_change", true));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(42, "male", bladder)), "cauda_equina", "cauda_equina");
    }
}
