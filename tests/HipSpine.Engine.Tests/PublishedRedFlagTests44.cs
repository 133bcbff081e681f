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
/// Published back-pain pathways read fever and feeling systemically unwell as one red flag (South Tees acute back
/// pain pathway), with suspected spinal infection sent the same day: so feeling generally unwell no longer counts
/// as the second feature beside a fever in <c>spinal_infection</c>; fever with back pain and malaise alone is
/// urgent (<c>fever_with_pain</c>), and every other second feature still makes it an emergency.
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

    private const string Infection = "spinal_infection";

    private static (string, object)[] FeverBackPain(params (string, object)[] more) =>
        [("where.low_back", true), ("systemic.fever", true), ("episode.duration_days", 3), .. more];

    [Fact]
    public void Over_triage_guard_fever_with_back_pain_and_feeling_unwell_alone_is_seen_the_same_day_not_an_emergency()
    {
        var findings = FeverBackPain(("systemic.unwell", true), ("systemic.chills_rigors", false), ("hx.diabetes", false),
            ("hx.immunosuppressed", false), ("hx.iv_drug_use", false), ("neuro.leg_weakness", false));
        Assert.False(Kb.Fires(Infection, 33, "female", findings));
        Assert.True(Kb.Fires("fever_with_pain", 33, "female", findings));
        Assert.Equal(Urgency.Urgent, Kb.UrgencyOf(33, "female", findings));
    }

    [Theory]
    [InlineData("systemic.chills_rigors")]
    [InlineData("hx.diabetes")]
    [InlineData("hx.immunosuppressed")]
    [InlineData("hx.long_term_steroids")]
    [InlineData("hx.iv_drug_use")]
    [InlineData("hx.recent_infection")]
    [InlineData("hx.recent_spinal_procedure")]
    [InlineData("neuro.leg_weakness")]
    [InlineData("neuro.leg_numbness_tingling")]
    [InlineData("neuro.bladder_change")]
    [InlineData("test.crp_or_esr_raised")]
    [InlineData("test.white_cells_raised")]
    public void Fever_with_back_pain_and_feeling_unwell_with_any_other_feature_is_still_an_emergency(string feature)
    {
        var result = Kb.Engine.Assess(Kb.Case(40, "male", FeverBackPain(("systemic.unwell", true), (feature, true))));
        Kb.AssertEmergency(result, "spinal_infection", Infection);
    }

    [Fact]
    public void Fever_with_back_pain_and_feeling_unwell_at_65_or_over_is_still_an_emergency()
    {
        var result = Kb.Engine.Assess(Kb.Case(70, "female", FeverBackPain(("systemic.unwell", true))));
        Kb.AssertEmergency(result, "spinal_infection", Infection);
    }

    [Fact]
    public void Feeling_unwell_with_back_pain_in_a_person_who_injects_drugs_is_still_an_emergency_without_a_fever()
    {
        var result = Kb.Engine.Assess(Kb.Case(30, "male", ("where.low_back", true), ("hx.iv_drug_use", true),
            ("systemic.unwell", true), ("systemic.fever", false), ("episode.duration_days", 5)));
        Kb.AssertEmergency(result, "spinal_infection", Infection);
    }
}
