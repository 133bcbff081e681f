using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.17.0, one published criterion at a time: back pain that keeps getting worse with
/// weakness in both legs that the person reports is an emergency at any age (NICE CKS Sciatica and Cauda equina
/// syndrome: a severe or progressive bilateral neurological deficit of the legs, immediate referral; NICE NG234:
/// spinal pain with limb weakness, act immediately); hip pain that started suddenly in the last two weeks on a blood
/// thinner is a suspected iliopsoas or retroperitoneal bleed at any age (Sunga et al. 2012: hip pain in 23 %; Choa
/// &amp; Lim 2011; NICE CKS Anticoagulation - oral). Each test also holds the limits that keep ordinary pain from
/// being sent on: years of slowly worsening stenosis, numbness alone, stable weakness, weakness found only on
/// examination, and a gradual or older hip pain on a blood thinner.
/// </summary>
public class PublishedRedFlagTests25
{
    private const string BothLegsRule = "bilateral_leg_weakness";
    private const string BleedRule = "anticoagulant_sudden_pain";

    [Theory]
    [InlineData(19, "female", 180)]
    [InlineData(23, "male", 30)]
    [InlineData(41, "male", 90)]
    [InlineData(67, "female", 365)]
    public void Worsening_back_pain_with_weakness_in_both_legs_is_an_emergency_at_any_age(int age, string sex, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("episode.duration_days", days),
            ("neuro.bladder_change", false), ("neuro.saddle_numbness", false),
        };
        Assert.True(Kb.Fires(BothLegsRule, age, sex, findings));
        var result = Kb.Engine.Assess(Kb.Case(age, sex, findings));
        Kb.AssertEmergency(result, "cauda_equina");
        Assert.Contains(result.MustRuleOut, m => m.Id == "malignancy");
    }

    [Fact]
    public void Worsening_buttock_pain_with_numbness_and_weakness_in_both_legs_is_an_emergency()
    {
        Assert.True(Kb.Fires(BothLegsRule, 19, "female", ("where.buttock", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("neuro.leg_numbness_tingling", true), ("episode.worsening", true),
            ("episode.duration_days", 180)));
    }

    [Fact]
    public void Numbness_alone_in_both_legs_with_worsening_back_pain_stays_urgent()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_numbness_tingling", true),
            ("neuro.leg_weakness", false), ("episode.worsening", true), ("episode.duration_days", 180),
            ("neuro.bladder_change", false), ("neuro.saddle_numbness", false), ("neuro.bowel_change", false),
        };
        Assert.False(Kb.Fires(BothLegsRule, 30, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(30, "female", findings));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "bilateral_or_worsening_sciatica");
    }

    [Fact]
    public void Years_of_slowly_worsening_leg_symptoms_on_walking_are_not_sent_to_the_emergency_department()
    {
        // The neurogenic claudication of lumbar spinal stenosis: an episode of years, eased by sitting or bending.
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.buttock", true), ("where.both_legs", true), ("neuro.leg_weakness", true),
            ("neuro.leg_numbness_tingling", true), ("pain.worse_walking", true), ("pain.eased_sitting_or_bending_forward", true),
            ("func.walking_distance_reduced", true), ("episode.worsening", true), ("episode.duration_days", 1095),
            ("neuro.bladder_change", false), ("neuro.saddle_numbness", false), ("neuro.bowel_change", false),
            ("neuro.weakness_worsening", false), ("systemic.fever", false), ("hx.cancer", false),
        };
        Assert.False(Kb.Fires(BothLegsRule, 51, "female", findings));
        Assert.NotEqual(Urgency.Emergency, Kb.UrgencyOf(51, "female", findings));
        // Just over a year is also left out.
        Assert.False(Kb.Fires(BothLegsRule, 40, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("episode.worsening", true), ("episode.duration_days", 366)));
    }

    [Fact]
    public void Weakness_in_both_legs_with_back_pain_that_is_not_getting_worse_is_left_to_the_other_rules()
    {
        Assert.False(Kb.Fires(BothLegsRule, 35, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", true), ("episode.worsening", false), ("neuro.weakness_worsening", false),
            ("episode.duration_days", 180)));
    }

    [Fact]
    public void Weakness_found_only_on_examination_or_in_one_leg_does_not_fire_the_both_legs_rule()
    {
        // The CKS criterion is the history; a myotomal weakness at examination is graded by the examining clinician.
        Assert.False(Kb.Fires(BothLegsRule, 35, "male", ("where.low_back", true), ("where.both_legs", true),
            ("neuro.leg_weakness", false), ("exam.myotomal_weakness", true), ("episode.worsening", true),
            ("episode.duration_days", 60)));
        // Weakness in one leg only.
        Assert.False(Kb.Fires(BothLegsRule, 35, "male", ("where.low_back", true), ("where.both_legs", false),
            ("neuro.leg_weakness", true), ("episode.worsening", true), ("episode.duration_days", 60)));
    }

    [Theory]
    [InlineData(34, "female", 0)]
    [InlineData(52, "male", 3)]
    [InlineData(60, "female", 14)]
    [InlineData(77, "male", 10)]
    public void Hip_pain_that_started_suddenly_on_a_blood_thinner_is_an_emergency(int age, string sex, int days)
    {
        var findings = new (string, object)[]
        {
            ("where.hip", true), ("hx.anticoagulants", true), ("episode.onset", "sudden"), ("episode.duration_days", days),
            ("hx.fall_or_minor_injury", false), ("hx.major_trauma", false),
        };
        Assert.True(Kb.Fires(BleedRule, age, sex, findings));
        var result = Kb.Engine.Assess(Kb.Case(age, sex, findings));
        Kb.AssertEmergency(result, "visceral_referral");
    }

    [Fact]
    public void Gradual_or_older_hip_pain_on_a_blood_thinner_or_sudden_hip_pain_without_one_is_not_read_as_a_bleed()
    {
        // A hip pain that came on slowly over days, under 65.
        Assert.False(Kb.Fires(BleedRule, 52, "female", ("where.hip", true), ("hx.anticoagulants", true),
            ("episode.onset", "gradual"), ("episode.duration_days", 5), ("neuro.leg_weakness", false)));
        // A sudden hip pain that began more than two weeks ago.
        Assert.False(Kb.Fires(BleedRule, 52, "female", ("where.hip", true), ("hx.anticoagulants", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 30), ("neuro.leg_weakness", false)));
        // A sudden hip pain without a blood thinner.
        Assert.False(Kb.Fires(BleedRule, 52, "female", ("where.hip", true), ("hx.anticoagulants", false),
            ("episode.onset", "sudden"), ("episode.duration_days", 3)));
    }
}
