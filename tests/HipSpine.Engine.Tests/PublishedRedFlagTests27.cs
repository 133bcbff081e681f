using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.19.0, one published criterion at a time: hip or thigh pain that is getting worse and
/// is not eased by rest or painkillers is bone pain to investigate urgently (NICE CG27 1.13.3: increasing, unexplained
/// or persistent bone pain, particularly at rest; NICE NG12: very urgent X-ray within 48 hours for unexplained bone
/// pain in the young, mapped to urgent, the nearest HipSpine level not later than 48 hours); sudden hip or groin pain
/// at 65 or over with osteoporosis or steroid tablets is a possible insufficiency fracture without a fall (Alnaib et
/// al. 2012; Schindler et al. 2007; pelvic insufficiency fractures occur without falls). Each test also holds the
/// limits that keep ordinary pain from being sent on: stable pain, pain that rest or painkillers ease, back pain
/// alone, a gradual start, an age under 65 and bones not known to be thin. The spinal cord compression reading reads
/// radicular (nerve) pain in someone with cancer as NICE CG75 does: an emergency when the pain also has a feature
/// suggestive of spinal metastases (worse on straining, thoracic, progressive, at night, unremitting); a sciatica
/// with none of them is the same-day cancer review (suspected_malignancy), not the emergency department.
/// </summary>
public class PublishedRedFlagTests27
{
    private const string BonePainRule = "progressive_limb_pain_unrelieved_by_rest";
    private const string PelvicFractureRule = "pelvic_insufficiency_fracture";

    [Theory]
    [InlineData(44, "male", "where.side_of_thigh")]
    [InlineData(15, "female", "where.front_thigh")]
    [InlineData(70, "male", "where.groin")]
    [InlineData(58, "female", "where.hip")]
    public void Worsening_hip_or_thigh_pain_not_eased_by_rest_or_painkillers_is_seen_within_a_day(int age, string sex, string site)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("episode.worsening", true), ("pain.unrelieved_by_rest_or_painkillers", true),
            ("episode.onset", "gradual"), ("hx.major_trauma", false), ("systemic.fever", false),
        };
        Assert.True(Kb.Fires(BonePainRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "malignancy", BonePainRule);
    }

    [Fact]
    public void Stable_pain_is_not_read_as_progressive_bone_pain()
    {
        Assert.False(Kb.Fires(BonePainRule, 44, "male", ("where.side_of_thigh", true), ("episode.worsening", false),
            ("pain.unrelieved_by_rest_or_painkillers", true), ("episode.duration_days", 400)));
    }

    [Fact]
    public void Pain_that_rest_or_painkillers_ease_is_not_read_as_progressive_bone_pain()
    {
        var findings = new (string, object)[]
        {
            ("where.groin", true), ("episode.worsening", true), ("pain.unrelieved_by_rest_or_painkillers", false),
            ("pain.worse_walking", true), ("episode.duration_days", 90),
        };
        Assert.False(Kb.Fires(BonePainRule, 44, "male", findings));
        Assert.NotEqual(Urgency.Urgent, Kb.UrgencyOf(44, "male", findings));
    }

    [Fact]
    public void Back_pain_alone_is_left_to_the_spinal_rules()
    {
        Assert.False(Kb.Fires(BonePainRule, 44, "male", ("where.low_back", true), ("episode.worsening", true),
            ("pain.unrelieved_by_rest_or_painkillers", true)));
    }

    [Theory]
    [InlineData(65, "female", "where.groin", "hx.osteoporosis")]
    [InlineData(68, "female", "where.groin", "hx.osteoporosis")]
    [InlineData(79, "male", "where.hip", "hx.long_term_steroids")]
    [InlineData(88, "female", "where.lateral_hip", "hx.osteoporosis")]
    public void Sudden_hip_or_groin_pain_at_65_or_over_with_thin_bones_or_steroids_is_seen_within_a_day_without_a_fall(
        int age, string sex, string site, string risk)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("episode.onset", "sudden"), (risk, true), ("hx.fall_or_minor_injury", false),
            ("hx.major_trauma", false),
        };
        Assert.True(Kb.Fires(PelvicFractureRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "hip_fracture", PelvicFractureRule);
    }

    [Fact]
    public void Gradual_hip_pain_with_osteoporosis_is_not_read_as_an_insufficiency_fracture()
    {
        Assert.False(Kb.Fires(PelvicFractureRule, 72, "female", ("where.groin", true), ("episode.onset", "gradual"),
            ("hx.osteoporosis", true)));
    }

    [Fact]
    public void Under_65_or_without_thin_bones_or_steroids_the_hip_reading_does_not_fire()
    {
        Assert.False(Kb.Fires(PelvicFractureRule, 64, "female", ("where.groin", true), ("episode.onset", "sudden"),
            ("hx.osteoporosis", true)));
        Assert.False(Kb.Fires(PelvicFractureRule, 75, "female", ("where.groin", true), ("episode.onset", "sudden"),
            ("hx.osteoporosis", false), ("hx.long_term_steroids", false)));
    }

    [Theory]
    [InlineData("pain.worse_cough_sneeze")]
    [InlineData("pain.night")]
    [InlineData("episode.worsening")]
    [InlineData("where.mid_upper_back")]
    [InlineData("pain.unrelieved_by_rest_or_painkillers")]
    public void Nerve_pain_down_the_leg_in_someone_with_cancer_and_a_spinal_metastasis_feature_is_an_emergency(string feature)
    {
        var findings = new (string, object)[]
        {
            ("hx.cancer", true), ("where.low_back", true), ("where.below_knee", true), ("exam.slr_positive", true),
            (feature, true),
        };
        Assert.True(Kb.Fires("metastatic_cord_compression", 70, "male", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(70, "male", findings));
    }

    [Fact]
    public void Sciatica_in_someone_with_a_past_cancer_and_no_spinal_metastasis_feature_is_seen_within_a_day_not_emergency()
    {
        var findings = new (string, object)[]
        {
            ("hx.cancer", true), ("where.buttock", true), ("where.below_knee", true), ("exam.slr_positive", true),
            ("exam.slump_positive", true), ("episode.recurrent", true), ("episode.duration_days", 14),
            ("exam.myotomal_weakness", false), ("exam.dermatomal_sensory_loss", false),
        };
        Assert.False(Kb.Fires("metastatic_cord_compression", 65, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(65, "male", findings)), "malignancy", "suspected_malignancy");
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(65, "male", findings));
    }

    [Fact]
    public void Weakness_in_someone_with_cancer_stays_an_emergency_without_a_pain_feature()
    {
        Assert.True(Kb.Fires("metastatic_cord_compression", 65, "male", ("hx.cancer", true), ("where.buttock", true),
            ("neuro.leg_weakness", true)));
        // Knowledge 1.76.0: numbness alone now needs a spinal-metastasis feature too, as NICE CG75 reads the two
        // together (PublishedRedFlagTests86).
        Assert.False(Kb.Fires("metastatic_cord_compression", 65, "male", ("hx.cancer", true), ("where.buttock", true),
            ("neuro.leg_numbness_tingling", true)));
    }
}
