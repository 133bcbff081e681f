using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.36.0, a triage-safety round on over-triage. The GIRFT national suspected cauda
/// equina syndrome pathway (2023) lists new or deteriorating sexual dysfunction among the cauda equina warning
/// features and notes that low back pain with sexual dysfunction as the only other feature is unlikely to be due
/// to CES; new erectile difficulty with buttock, thigh or calf pain on walking that rest eases is the triad of
/// aorto-iliac occlusion (Leriche syndrome), a vascular picture. So new sexual problems are read as a cauda equina
/// emergency with a nerve sign in the legs (sciatica), not alone with back pain or with claudication; numbness
/// between the legs, new bladder or bowel change and weakness getting worse in both legs still fire on their own.
/// </summary>
public class PublishedRedFlagTests44
{
    private const string Ces = "cauda_equina";

    [Theory]
    [InlineData("neuro.leg_numbness_tingling")]
    [InlineData("neuro.leg_weakness")]
    [InlineData("neuro.foot_drop")]
    [InlineData("pain.worse_cough_sneeze")]
    [InlineData("exam.slr_positive")]
    [InlineData("exam.dermatomal_sensory_loss")]
    [InlineData("exam.reflex_reduced")]
    [InlineData("exam.myotomal_weakness")]
    public void New_sexual_dysfunction_with_sciatica_is_a_cauda_equina_emergency(string sign)
    {
        var result = Kb.Engine.Assess(Kb.Case(44, "male",
            ("where.low_back", true), ("where.back_of_thigh", true), ("where.below_knee", true), (sign, true),
            ("neuro.sexual_dysfunction_new", true), ("episode.duration_days", 10)));
        Kb.AssertEmergency(result, "cauda_equina", Ces);
    }

    [Fact]
    public void New_sexual_dysfunction_with_a_nerve_sign_fires_whatever_the_length()
    {
        Assert.True(Kb.Fires(Ces, 50, "female", ("where.low_back", true), ("neuro.leg_numbness_tingling", true),
            ("neuro.sexual_dysfunction_new", true)));
        Assert.True(Kb.Fires(Ces, 50, "female", ("where.low_back", true), ("neuro.leg_numbness_tingling", true),
            ("neuro.sexual_dysfunction_new", true), ("episode.duration_days", 200)));
    }

    [Fact]
    public void Over_triage_guard_back_pain_with_sexual_dysfunction_as_the_only_other_feature_is_not_read_as_cauda_equina()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("neuro.sexual_dysfunction_new", true), ("neuro.leg_numbness_tingling", false),
            ("neuro.leg_weakness", false), ("neuro.saddle_numbness", false), ("neuro.bladder_change", false),
            ("neuro.bowel_change", false), ("episode.duration_days", 30),
        };
        Assert.False(Kb.Fires(Ces, 45, "male", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(45, "male", findings));
    }

    [Fact]
    public void Over_triage_guard_buttock_and_thigh_claudication_with_new_erectile_dysfunction_is_not_cauda_equina()
    {
        // Leriche syndrome: buttock and thigh claudication, weak pulses, erectile dysfunction.
        var findings = new (string, object)[]
        {
            ("where.buttock", true), ("where.both_legs", true), ("pain.worse_walking", true),
            ("func.walking_distance_reduced", true), ("vascular.calf_pain_walking_eases_standing", true),
            ("neuro.sexual_dysfunction_new", true), ("hx.smoker", true), ("episode.duration_days", 180),
            ("exam.distal_pulses_reduced", true),
        };
        Assert.False(Kb.Fires(Ces, 58, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(58, "male", findings));
        Assert.True(Kb.Fires("vascular_claudication", 58, "male", findings));
    }

    [Fact]
    public void Sexual_dysfunction_with_an_unanswered_nerve_sign_waits_for_the_answer()
    {
        Assert.False(Kb.Fires(Ces, 45, "male", ("where.buttock", true), ("neuro.sexual_dysfunction_new", true)));
    }

    [Theory]
    [InlineData("neuro.saddle_numbness")]
    [InlineData("neuro.bladder_change")]
    [InlineData("neuro.bowel_change")]
    [InlineData("exam.saddle_sensory_loss")]
    [InlineData("exam.anal_tone_reduced")]
    public void The_other_cauda_equina_warning_signs_still_fire_on_their_own(string sign)
    {
        var result = Kb.Engine.Assess(Kb.Case(45, "male", ("where.low_back", true), (sign, true),
            ("neuro.sexual_dysfunction_new", false), ("neuro.leg_numbness_tingling", false)));
        Kb.AssertEmergency(result, "cauda_equina", Ces);
    }

    [Fact]
    public void Sexual_dysfunction_with_saddle_numbness_in_claudication_still_fires()
    {
        Assert.True(Kb.Fires(Ces, 65, "male", ("where.buttock", true), ("where.both_legs", true),
            ("pain.worse_walking", true), ("neuro.sexual_dysfunction_new", true), ("neuro.saddle_numbness", true)));
    }

    [Fact]
    public void Weakness_getting_worse_in_both_legs_still_fires()
    {
        Assert.True(Kb.Fires(Ces, 70, "female", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.weakness_worsening", true)));
    }
}
