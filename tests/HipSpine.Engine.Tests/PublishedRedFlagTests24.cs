using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.16.0, one published criterion at a time: pain in the low back and the groin that
/// comes in waves is the loin-to-groin picture of renal colic (NICE CKS Renal or ureteric colic - acute); numbness or
/// weakness that came on suddenly in both legs in someone with artery disease is an acute aortic occlusion or a cauda
/// equina picture (Babu et al. 1995 J Vasc Surg 21:567; Crawford et al. 2014 J Vasc Surg 59:1044; NICE CKS Sciatica);
/// back pain that keeps getting worse with a weak leg at 50 or over is a cancer or infection picture whatever the
/// answer about the weakness's course (Deyo &amp; Diehl 1988; NICE CG75/NG234); hip or back pain that began within a
/// day on a blood thinner at 65 or over is a suspected bleed (Sunga et al. 2012; HAS-BLED). Each test also holds the
/// limits that keep ordinary pain from being sent on.
/// </summary>
public class PublishedRedFlagTests24
{
    private const string ColicRule = "renal_colic";
    private const string SevereColicRule = "renal_colic_severe";
    private const string ArteryRule = "artery_disease_new_leg_deficit";
    private const string WeaknessOver50Rule = "worsening_back_pain_with_leg_weakness_over_50";
    private const string BleedRule = "anticoagulant_sudden_pain";

    [Theory]
    [InlineData(28, "female")]
    [InlineData(45, "male")]
    [InlineData(63, "male")]
    public void Low_back_and_groin_pain_in_waves_is_seen_within_a_day_as_renal_colic(int age, string sex)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.groin", true), ("pain.colicky_waves", true), ("systemic.fever", false),
        };
        Assert.True(Kb.Fires(ColicRule, age, sex, findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "visceral_referral", ColicRule);
    }

    [Fact]
    public void Restless_low_back_and_groin_colic_with_being_sick_is_an_emergency()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("where.groin", true), ("pain.colicky_waves", true),
            ("pain.restless_cannot_get_comfortable", true), ("systemic.nausea_vomiting", true),
        };
        Assert.True(Kb.Fires(SevereColicRule, 40, "male", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(40, "male", findings));
    }

    [Fact]
    public void Mechanical_back_pain_referred_to_the_groin_is_not_read_as_colic()
    {
        // Low back and groin pain that is worse with bending and does not come in waves: a back problem.
        Assert.False(Kb.Fires(ColicRule, 45, "male", ("where.low_back", true), ("where.groin", true),
            ("pain.colicky_waves", false), ("pain.worse_bending_lifting", true), ("episode.duration_days", 3)));
        // Waves in the low back without groin pain is not the loin-to-groin picture.
        Assert.False(Kb.Fires(ColicRule, 45, "male", ("where.low_back", true), ("where.groin", false),
            ("pain.colicky_waves", true)));
        // Restless with low back and groin pain but no waves is not severe colic.
        Assert.False(Kb.Fires(SevereColicRule, 45, "male", ("where.low_back", true), ("where.groin", true),
            ("pain.colicky_waves", false), ("pain.restless_cannot_get_comfortable", true), ("episode.onset", "sudden")));
    }

    [Theory]
    [InlineData("neuro.leg_numbness_tingling", 0)]
    [InlineData("neuro.leg_numbness_tingling", 5)]
    [InlineData("neuro.leg_weakness", 2)]
    public void Sudden_numbness_or_weakness_in_both_legs_with_artery_disease_is_an_emergency(string deficit, int days)
    {
        var findings = new (string, object)[]
        {
            ("hx.vascular_disease", true), ("where.low_back", true), ("where.both_legs", true), (deficit, true),
            ("episode.onset", "sudden"), ("episode.duration_days", days),
        };
        Assert.True(Kb.Fires(ArteryRule, 74, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(74, "female", findings));
        Kb.AssertEmergency(result, "aaa");
        Assert.Contains(result.MustRuleOut, m => m.Id == "cauda_equina");
    }

    [Fact]
    public void Numbness_in_both_legs_needs_artery_disease_a_sudden_start_and_a_new_episode()
    {
        // No artery disease: sudden tingling in both legs stays the urgent bilateral sciatica rule.
        Assert.False(Kb.Fires(ArteryRule, 45, "male", ("hx.vascular_disease", false), ("hx.known_aortic_aneurysm", false),
            ("where.low_back", true), ("where.both_legs", true), ("neuro.leg_numbness_tingling", true),
            ("episode.onset", "sudden"), ("episode.duration_days", 1)));
        // Artery disease, but the tingling in both legs came on gradually and walking is fine.
        Assert.False(Kb.Fires(ArteryRule, 70, "male", ("hx.vascular_disease", true), ("where.low_back", true),
            ("where.both_legs", true), ("neuro.leg_numbness_tingling", true), ("episode.onset", "gradual"),
            ("episode.duration_days", 10), ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false),
            ("vascular.leg_skin_changes", false)));
        // Artery disease, sudden start long ago (months of numb legs, e.g. spinal stenosis), walking fine.
        Assert.False(Kb.Fires(ArteryRule, 70, "male", ("hx.vascular_disease", true), ("where.low_back", true),
            ("where.both_legs", true), ("neuro.leg_numbness_tingling", true), ("episode.onset", "sudden"),
            ("episode.duration_days", 90), ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false),
            ("vascular.leg_skin_changes", false)));
    }

    [Theory]
    [InlineData(50, 30)]
    [InlineData(67, 180)]
    [InlineData(81, 10)]
    public void Worsening_back_pain_with_a_weak_leg_at_50_or_over_is_seen_within_a_day(int age, int days)
    {
        // Whether the weakness itself is getting worse is not answered: unknown is never reassurance.
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("neuro.leg_weakness", true), ("episode.worsening", true),
            ("episode.duration_days", days),
        };
        Assert.True(Kb.Fires(WeaknessOver50Rule, age, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "malignancy", WeaknessOver50Rule);
    }

    [Fact]
    public void A_stable_radiculopathy_or_a_younger_person_is_not_read()
    {
        // Stable: back pain not getting worse, weakness not getting worse.
        Assert.False(Kb.Fires(WeaknessOver50Rule, 62, "female", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", false), ("neuro.weakness_worsening", false), ("episode.duration_days", 60)));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(62, "female", ("where.low_back", true),
            ("neuro.leg_weakness", true), ("episode.worsening", false), ("neuro.weakness_worsening", false),
            ("episode.duration_days", 60), ("pain.severity_worst", 6), ("func.difficulty_walking_standing", false)));
        // Under 50: worsening sciatica with a weak leg is not this rule.
        Assert.False(Kb.Fires(WeaknessOver50Rule, 42, "female", ("where.low_back", true), ("neuro.leg_weakness", true),
            ("episode.worsening", true), ("episode.duration_days", 30)));
        // No leg weakness: worsening back pain at 60 is not this rule.
        Assert.False(Kb.Fires(WeaknessOver50Rule, 60, "female", ("where.low_back", true), ("neuro.leg_weakness", false),
            ("episode.worsening", true), ("episode.duration_days", 30)));
        // A weakness found only at examination is not read by this rule.
        Assert.False(Kb.Fires(WeaknessOver50Rule, 64, "male", ("where.low_back", true), ("exam.myotomal_weakness", true),
            ("episode.worsening", true), ("episode.duration_days", 180)));
    }

    [Theory]
    [InlineData("where.hip", 0)]
    [InlineData("where.groin", 1)]
    [InlineData("where.low_back", 1)]
    public void New_hip_or_back_pain_within_a_day_on_a_blood_thinner_at_65_or_over_is_an_emergency(string site, int days)
    {
        var findings = new (string, object)[] { (site, true), ("hx.anticoagulants", true), ("episode.duration_days", days) };
        Assert.True(Kb.Fires(BleedRule, 79, "female", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(79, "female", findings));
    }

    [Fact]
    public void Hip_pain_on_a_blood_thinner_with_nothing_else_answered_at_86_is_an_emergency()
    {
        // The length and the onset are unanswered: the pain may be new (the manifest's duration completion).
        var findings = new (string, object)[] { ("where.hip", true), ("hx.anticoagulants", true), ("hx.major_trauma", false) };
        Assert.True(Kb.Fires(BleedRule, 86, "female", findings));
        Assert.Equal(Urgency.Emergency, Kb.UrgencyOf(86, "female", findings));
    }

    [Fact]
    public void Older_or_gradual_hip_pain_on_a_blood_thinner_is_left_to_the_other_rules()
    {
        // More than a day, came on gradually, not getting worse, no weakness: a hip flare.
        Assert.False(Kb.Fires(BleedRule, 80, "male", ("where.hip", true), ("hx.anticoagulants", true),
            ("episode.duration_days", 10), ("episode.onset", "gradual"), ("episode.worsening", false),
            ("neuro.leg_weakness", false)));
        // Under 65, pain since yesterday with a gradual start.
        Assert.False(Kb.Fires(BleedRule, 55, "male", ("where.hip", true), ("hx.anticoagulants", true),
            ("episode.duration_days", 1), ("episode.onset", "gradual"), ("neuro.leg_weakness", false)));
        // No blood thinner.
        Assert.False(Kb.Fires(BleedRule, 80, "male", ("where.hip", true), ("hx.anticoagulants", false),
            ("episode.duration_days", 0)));
    }
}
