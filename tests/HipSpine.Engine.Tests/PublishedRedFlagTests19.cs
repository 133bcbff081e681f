using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.9.0, one published criterion at a time: in someone with artery disease or an
/// aneurysm, a leg that has gone numb or weak within two weeks and now fails is acute limb ischaemia until proven
/// otherwise (ESVS 2020; NICE CKS Peripheral arterial disease: emergency admission), whether or not the start is
/// called sudden; new groin pain with being sick is a strangulated hernia or a torsion until proven otherwise (NICE
/// CKS Inguinal hernia, Femoral hernia, Scrotal pain and swelling: emergency). Each test also holds the limit that
/// keeps the rule from sending people who do not meet the criterion.
/// </summary>
public class PublishedRedFlagTests19
{
    private const string LimbRule = "artery_disease_new_leg_deficit";
    private const string GroinRule = "groin_pain_with_vomiting";

    [Theory]
    [InlineData("hx.vascular_disease", "neuro.leg_numbness_tingling", "func.difficulty_walking_standing")]
    [InlineData("hx.known_aortic_aneurysm", "neuro.leg_weakness", "func.cannot_bear_weight")]
    [InlineData("hx.vascular_disease", "neuro.leg_weakness", "vascular.leg_skin_changes")]
    public void A_recently_numb_or_weak_failing_leg_with_artery_disease_is_an_emergency(string artery, string deficit, string failing)
    {
        var result = Kb.Engine.Assess(Kb.Case(82, "male", (artery, true), (deficit, true), (failing, true),
            ("episode.duration_days", 1)));
        Kb.AssertEmergency(result, "vascular_claudication", LimbRule);
    }

    [Fact]
    public void A_sudden_start_counts_even_when_the_length_is_not_given()
    {
        var result = Kb.Engine.Assess(Kb.Case(70, "female", ("hx.vascular_disease", true), ("neuro.leg_numbness_tingling", true),
            ("episode.onset", "sudden"), ("exam.distal_pulses_reduced", true)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == LimbRule);
    }

    [Fact]
    public void The_limb_rule_needs_artery_disease_a_new_problem_a_nerve_sign_and_a_failing_leg()
    {
        static bool Fires(params (string, object)[] findings) => Kb.Fires(LimbRule, 75, "male", findings);
        (string, object)[] full = [("hx.vascular_disease", true), ("neuro.leg_numbness_tingling", true),
            ("func.difficulty_walking_standing", true), ("episode.duration_days", 3)];
        Assert.True(Fires(full));
        // Months of claudication or sciatica in someone with artery disease is not the acute window.
        Assert.False(Fires([.. full.Where(f => f.Item1 != "episode.duration_days"), ("episode.duration_days", 60)]));
        // Sciatica without artery disease or an aneurysm is left to the nerve rules.
        Assert.False(Fires([.. full.Where(f => f.Item1 != "hx.vascular_disease"), ("hx.vascular_disease", false),
            ("hx.known_aortic_aneurysm", false)]));
        Assert.False(Fires([.. full.Where(f => f.Item1 != "neuro.leg_numbness_tingling"), ("neuro.leg_numbness_tingling", false),
            ("neuro.leg_weakness", false)]));
        Assert.False(Fires(("hx.vascular_disease", true), ("neuro.leg_numbness_tingling", true), ("episode.duration_days", 3),
            ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false), ("vascular.leg_skin_changes", false),
            ("exam.distal_pulses_reduced", false)));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(null, "sudden")]
    public void New_groin_pain_with_being_sick_is_an_emergency(int? days, string? onset)
    {
        var findings = new List<(string, object)> { ("where.groin", true), ("systemic.nausea_vomiting", true) };
        if (days is { } d) findings.Add(("episode.duration_days", d));
        if (onset is { } o) findings.Add(("episode.onset", o));
        var result = Kb.Engine.Assess(Kb.Case(30, "male", [.. findings]));
        Kb.AssertEmergency(result, "visceral_referral", GroinRule);
    }

    [Fact]
    public void The_groin_rule_needs_the_groin_the_sickness_and_a_new_start()
    {
        static bool Fires(params (string, object)[] findings) => Kb.Fires(GroinRule, 30, "male", findings);
        Assert.False(Fires(("where.groin", true), ("systemic.nausea_vomiting", true), ("episode.duration_days", 10),
            ("episode.onset", "gradual")));
        // Knowledge 1.10.0: a start never given is read as new (an unanswered duration is never reassurance).
        Assert.True(Fires(("where.groin", true), ("systemic.nausea_vomiting", true)));
        Assert.False(Fires(("where.groin", true), ("systemic.nausea_vomiting", false), ("episode.duration_days", 0)));
        Assert.False(Fires(("where.groin", false), ("where.hip", true), ("systemic.nausea_vomiting", true), ("episode.duration_days", 0)));
    }
}
