using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.21.0, one published criterion at a time. An older person (65 or over, or with
/// osteoporosis or steroid tablets) who fell and cannot stand or walk is sent now whatever pain site is named, or with
/// none: a hip fracture presents after a fall with inability to bear weight and is easily missed (BMJ Best Practice;
/// NICE CG124: immediate hospital assessment of a suspected hip fracture), and its pain is often felt elsewhere; a
/// younger person's fall with back pain only, and an older person who can still stand, are not read by it. At 65 or
/// over, with heart or artery disease or an aneurysm, both legs that newly cannot stand are the paralysis of acute limb
/// ischaemia of both legs (the six Ps; NHS Highland: a time-critical vascular emergency; atrial fibrillation, a heart
/// disease, the commonest source of an embolus), sent now even when the length is not given; long-standing symptoms,
/// one leg only, under 65, no heart or artery disease, or a blood thinner alone are not read by this branch. In pregnancy, one-sided low back pain, or side or belly pain, with feeling or being sick
/// is seen the same day (NICE NG126: gastrointestinal symptoms of ectopic pregnancy, refer pain in early pregnancy;
/// NICE NG111 / CKS Pyelonephritis: consider referral in pregnancy); pregnancy back pain without sickness, and
/// central low back pain with sickness, are not read by it.
/// </summary>
public class PublishedRedFlagTests29
{
    private const string FallRule = "hip_fracture_after_fall";
    private const string ArteryRule = "artery_disease_new_leg_deficit";
    private const string PregnancyRule = "pregnancy_one_sided_pain_with_vomiting";

    [Theory]
    [InlineData(91, "male", "where.low_back")]
    [InlineData(78, "female", "where.mid_upper_back")]
    [InlineData(70, "female", "where.knee")]
    public void An_older_adult_who_fell_and_cannot_stand_is_an_emergency_whatever_site_is_named(int age, string sex, string site)
    {
        var findings = new (string, object)[] { (site, true), ("hx.fall_or_minor_injury", true), ("func.cannot_bear_weight", true) };
        Assert.True(Kb.Fires(FallRule, age, sex, findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "hip_fracture", FallRule);
    }

    [Fact]
    public void An_older_adult_who_fell_and_cannot_stand_is_an_emergency_with_no_site_given()
    {
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(84, "female", ("hx.fall_or_minor_injury", true),
            ("func.cannot_bear_weight", true), ("episode.duration_days", 1))), "hip_fracture", FallRule);
    }

    [Theory]
    [InlineData("hx.osteoporosis")]
    [InlineData("hx.long_term_steroids")]
    public void A_younger_adult_with_thin_bones_or_steroids_who_fell_and_cannot_stand_is_an_emergency(string risk)
    {
        Assert.True(Kb.Fires(FallRule, 52, "female", ("where.low_back", true), ("hx.fall_or_minor_injury", true),
            ("func.cannot_bear_weight", true), (risk, true)));
    }

    [Fact]
    public void A_younger_adults_fall_with_back_pain_only_and_not_standing_is_not_read_as_a_broken_hip()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("hx.fall_or_minor_injury", true), ("func.cannot_bear_weight", true),
            ("hx.osteoporosis", false), ("hx.long_term_steroids", false),
        };
        Assert.False(Kb.Fires(FallRule, 40, "male", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(40, "male", findings)), "hip_fracture", "cannot_bear_weight");
    }

    [Fact]
    public void An_older_adult_who_fell_but_can_stand_is_seen_within_a_day_not_sent_now()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("hx.fall_or_minor_injury", true), ("func.cannot_bear_weight", false),
            ("episode.duration_days", 1),
        };
        Assert.False(Kb.Fires(FallRule, 82, "female", findings));
        var result = Kb.Engine.Assess(Kb.Case(82, "female", findings));
        Assert.Equal(Urgency.Urgent, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == "fragility_fracture_risk");
    }

    [Theory]
    [InlineData(94, "female", "hx.vascular_disease")]
    [InlineData(79, "male", "hx.vascular_disease")]
    [InlineData(70, "male", "hx.known_aortic_aneurysm")]
    public void Both_legs_that_newly_cannot_stand_at_an_older_age_with_heart_or_artery_disease_or_an_aneurysm_are_an_emergency(
        int age, string sex, string risk)
    {
        var findings = new (string, object)[] { ("where.both_legs", true), ("func.cannot_bear_weight", true), (risk, true), ("episode.duration_days", 2) };
        Assert.True(Kb.Fires(ArteryRule, age, sex, findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "vascular_claudication", ArteryRule);
    }

    [Fact]
    public void Both_legs_that_cannot_stand_with_no_length_given_are_read_as_new()
    {
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(94, "female", ("where.both_legs", true), ("func.cannot_bear_weight", true),
            ("hx.anticoagulants", true), ("hx.vascular_disease", true))), "vascular_claudication", ArteryRule);
    }

    [Fact]
    public void Long_standing_gradual_trouble_standing_on_both_legs_with_artery_disease_is_not_read()
    {
        Assert.False(Kb.Fires(ArteryRule, 80, "male", ("where.both_legs", true), ("func.cannot_bear_weight", true),
            ("hx.vascular_disease", true), ("episode.onset", "gradual"), ("episode.duration_days", 60)));
    }

    [Fact]
    public void One_leg_that_cannot_stand_or_no_artery_disease_or_under_65_or_a_blood_thinner_alone_is_not_read_by_the_both_legs_branch()
    {
        Assert.False(Kb.Fires(ArteryRule, 85, "female", ("where.hip", true), ("func.cannot_bear_weight", true),
            ("hx.vascular_disease", true), ("episode.duration_days", 1)));
        Assert.False(Kb.Fires(ArteryRule, 85, "female", ("where.both_legs", true), ("func.cannot_bear_weight", true),
            ("hx.vascular_disease", false), ("hx.known_aortic_aneurysm", false), ("hx.anticoagulants", false), ("episode.duration_days", 1)));
        Assert.False(Kb.Fires(ArteryRule, 50, "male", ("where.both_legs", true), ("func.cannot_bear_weight", true),
            ("hx.vascular_disease", true), ("episode.duration_days", 1)));
        Assert.False(Kb.Fires(ArteryRule, 85, "female", ("where.both_legs", true), ("func.cannot_bear_weight", true),
            ("hx.anticoagulants", true), ("hx.vascular_disease", false), ("hx.known_aortic_aneurysm", false), ("episode.duration_days", 1)));
    }

    [Theory]
    [InlineData(24, "where.low_back", "right")]
    [InlineData(31, "where.low_back", "left")]
    [InlineData(29, "where.flank", null)]
    [InlineData(22, "where.abdomen", null)]
    public void One_sided_low_back_or_side_or_belly_pain_with_sickness_in_pregnancy_is_seen_within_a_day(int age, string site, string? side)
    {
        var findings = new List<(string, object)> { ("hx.pregnant", true), (site, true), ("systemic.nausea_vomiting", true) };
        if (side is not null)
        {
            findings.Add(("pain.side", side));
        }

        Assert.True(Kb.Fires(PregnancyRule, age, "female", findings.ToArray()));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(age, "female", findings.ToArray())), "visceral_referral", PregnancyRule);
    }

    [Fact]
    public void Pregnancy_back_pain_without_sickness_is_not_read()
    {
        var findings = new (string, object)[]
        {
            ("hx.pregnant", true), ("where.low_back", true), ("pain.side", "right"), ("systemic.nausea_vomiting", false),
            ("episode.onset", "gradual"), ("episode.duration_days", 20),
        };
        Assert.False(Kb.Fires(PregnancyRule, 30, "female", findings));
        Assert.NotEqual(Urgency.Urgent, Kb.UrgencyOf(30, "female", findings));
    }

    [Fact]
    public void Central_or_both_sided_low_back_pain_with_sickness_in_pregnancy_is_not_read()
    {
        Assert.False(Kb.Fires(PregnancyRule, 28, "female", ("hx.pregnant", true), ("where.low_back", true),
            ("systemic.nausea_vomiting", true)));
        Assert.False(Kb.Fires(PregnancyRule, 28, "female", ("hx.pregnant", true), ("where.low_back", true),
            ("pain.side", "both"), ("systemic.nausea_vomiting", true)));
    }

    [Fact]
    public void One_sided_low_back_pain_with_sickness_when_not_pregnant_is_not_read()
    {
        Assert.False(Kb.Fires(PregnancyRule, 28, "female", ("hx.pregnant", false), ("where.low_back", true),
            ("pain.side", "right"), ("systemic.nausea_vomiting", true)));
    }
}
