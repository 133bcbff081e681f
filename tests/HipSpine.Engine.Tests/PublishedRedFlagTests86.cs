using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.76.0: in <c>metastatic_cord_compression</c> leg numbness or tingling, a sensory loss or a reduced reflex
/// on examination needs a feature suggestive of spinal metastases beside the past cancer, as the radicular pain branch
/// already did. NICE CG75 asks for immediate contact (an oncological emergency) for cancer with symptoms suggestive of
/// spinal metastases AND a neurological symptom or sign, and for contact within 24 hours for the spinal symptoms
/// alone; a sensory finding with a past cancer and no spinal feature is the within-a-day review of
/// <c>suspected_malignancy</c>. Weakness, unsteady walking and the sphincter and saddle signs still fire on their own.
/// </summary>
public class PublishedRedFlagTests86
{
    private const string Rule = "metastatic_cord_compression";

    [Fact]
    public void New_sciatica_with_numbness_years_after_a_kidney_cancer_and_no_spinal_feature_is_seen_within_a_day()
    {
        // heldout2 HT_12: an S2 root metastasis three years after a nephrectomy; sudden low back pain into the calf
        // with numbness, no worsening, night or constant pain told (emergency in 1.75.0; acceptable urgent only).
        var result = Kb.Engine.Assess(Kb.Case(67, "male", ("hx.cancer", true), ("episode.onset", "sudden"),
            ("where.low_back", true), ("where.back_of_thigh", true), ("where.below_knee", true),
            ("neuro.leg_numbness_tingling", true), ("hx.fall_or_minor_injury", true)));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == Rule);
        Kb.AssertSeenWithinADay(result, "malignancy", "suspected_malignancy");
        Assert.Equal(Urgency.Urgent, result.Urgency);
    }

    [Fact]
    public void A_reduced_reflex_with_a_lymphoma_and_three_months_of_leg_pain_is_seen_within_a_day()
    {
        // heldout3 HV_08: a spinal lymphoma at 71, back and buttock pain down the leg for 90 days, a reduced reflex.
        Assert.False(Kb.Fires(Rule, 71, "male", ("hx.cancer", true), ("where.low_back", true), ("where.buttock", true),
            ("where.below_knee", true), ("episode.duration_days", 90), ("exam.reflex_reduced", true)));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(71, "male", ("hx.cancer", true), ("where.low_back", true),
            ("exam.reflex_reduced", true)));
    }

    [Theory]
    [InlineData("episode.worsening")]
    [InlineData("where.mid_upper_back")]
    [InlineData("pain.night")]
    [InlineData("pain.night_no_position_eases")]
    [InlineData("pain.constant_unaffected_by_movement")]
    [InlineData("pain.unrelieved_by_rest_or_painkillers")]
    [InlineData("pain.worse_cough_sneeze")]
    public void Numbness_with_a_past_cancer_and_a_spinal_metastasis_feature_is_still_an_emergency(string feature)
    {
        // heldout24 LO_09 (breast cancer, worsening back pain, leg paraesthesia) keeps this reading.
        var findings = new (string, object)[]
        {
            ("hx.cancer", true), ("where.low_back", true), ("neuro.leg_numbness_tingling", true), (feature, true),
        };
        Assert.True(Kb.Fires(Rule, 68, "female", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(68, "female", findings));
    }

    [Theory]
    [InlineData("exam.dermatomal_sensory_loss")]
    [InlineData("exam.reflex_reduced")]
    public void A_sensory_or_reflex_sign_with_a_spinal_metastasis_feature_is_an_emergency(string sign)
    {
        Assert.True(Kb.Fires(Rule, 70, "male", ("hx.cancer", true), ("where.low_back", true), (sign, true),
            ("episode.worsening", true)));
    }

    [Theory]
    [InlineData("neuro.leg_weakness")]
    [InlineData("neuro.weakness_worsening")]
    [InlineData("neuro.foot_drop")]
    [InlineData("neuro.unsteady_gait")]
    [InlineData("neuro.saddle_numbness")]
    [InlineData("neuro.bladder_change")]
    [InlineData("neuro.bowel_change")]
    [InlineData("exam.myotomal_weakness")]
    [InlineData("exam.saddle_sensory_loss")]
    [InlineData("exam.anal_tone_reduced")]
    public void Motor_gait_saddle_and_sphincter_signs_with_a_past_cancer_fire_without_a_spinal_feature(string sign)
    {
        // Own vignette T04: prostate cancer with unsteady walking and no spinal feature told stays an emergency.
        Assert.True(Kb.Fires(Rule, 74, "male", ("hx.cancer", true), ("where.low_back", true), (sign, true)));
    }

    [Fact]
    public void Numbness_with_the_spinal_features_answered_no_is_not_read()
    {
        Assert.False(Kb.Fires(Rule, 60, "female", ("hx.cancer", true), ("where.low_back", true),
            ("neuro.leg_numbness_tingling", true), ("episode.worsening", false), ("pain.night", false),
            ("pain.constant_unaffected_by_movement", false), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("pain.worse_cough_sneeze", false), ("where.mid_upper_back", false)));
    }
}
