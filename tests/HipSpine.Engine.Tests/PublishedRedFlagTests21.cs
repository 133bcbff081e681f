using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.13.0, one published criterion at a time: a new painful hip that makes walking hard,
/// with raised white cells or CRP/ESR, is a possible septic hip even without fever (Margaretten et al. 2007: fever
/// in 46 %; NICE CKS Septic arthritis: refer immediately); new or worsening back pain with raised markers is a
/// possible spinal infection, seen the same day (Davis et al. 2004; NICE CKS Back pain - low); long-term steroid
/// tablets count as a weakened immune system in the infection rules (published risk-factor lists); new pain from the
/// side to the groin is suspected renal colic (NICE CKS Renal or ureteric colic). Each test also holds the limit that
/// keeps the rule from sending people who do not meet the criterion (long-standing or stable pain, no markers).
/// </summary>
public class PublishedRedFlagTests21
{
    private const string HipRule = "raised_markers_new_hip_pain_walking";
    private const string BackRule = "raised_markers_back_pain";
    private const string SpinalRiskRule = "infection_risk_with_spinal_pain";
    private const string HipRiskRule = "immunosuppressed_new_hip_pain";
    private const string NeuroRiskRule = "infection_risk_with_neuro_deficit";
    private const string ColicRule = "renal_colic";

    [Theory]
    [InlineData("func.difficulty_walking_standing", "test.white_cells_raised")]
    [InlineData("func.limp", "test.crp_or_esr_raised")]
    [InlineData("func.cannot_bear_weight", "test.crp_or_esr_raised")]
    public void New_hip_pain_with_trouble_walking_and_raised_markers_is_an_emergency_without_fever(string walking, string marker)
    {
        var result = Kb.Engine.Assess(Kb.Case(24, "male", ("where.groin", true), ("episode.duration_days", 1),
            (walking, true), (marker, true), ("systemic.fever", false), ("exam.temperature_c10", 375)));
        Kb.AssertEmergency(result, "septic_hip", HipRule);
    }

    [Fact]
    public void The_afebrile_hip_rule_needs_new_pain_trouble_walking_and_raised_markers()
    {
        // Raised CRP with a hip that has worsened over months (arthritis, polymyalgia) is not a same-day joint infection.
        Assert.False(Kb.Fires(HipRule, 75, "male", ("where.groin", true), ("episode.duration_days", 90),
            ("episode.worsening", true), ("func.difficulty_walking_standing", true), ("test.crp_or_esr_raised", true)));
        // Length not given: not read as new (the completion reads the person's own answers only).
        Assert.False(Kb.Fires(HipRule, 40, "female", ("where.hip", true), ("func.limp", true),
            ("test.crp_or_esr_raised", true)));
        // Walking normally.
        Assert.False(Kb.Fires(HipRule, 40, "female", ("where.hip", true), ("episode.duration_days", 3),
            ("func.limp", false), ("func.difficulty_walking_standing", false), ("func.cannot_bear_weight", false),
            ("test.crp_or_esr_raised", true)));
        // Normal markers.
        Assert.False(Kb.Fires(HipRule, 40, "female", ("where.hip", true), ("episode.duration_days", 3),
            ("func.limp", true), ("test.crp_or_esr_raised", false), ("test.white_cells_raised", false)));
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, 5)]
    public void New_or_worsening_back_pain_with_raised_markers_is_seen_within_a_day(bool worsening, int? days)
    {
        var findings = new List<(string, object)> { ("where.low_back", true), ("test.crp_or_esr_raised", true),
            ("systemic.fever", false), ("episode.worsening", worsening) };
        if (days is int d) findings.Add(("episode.duration_days", d));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(73, "female", findings.ToArray())), "spinal_infection", BackRule);
    }

    [Fact]
    public void Long_standing_stable_back_pain_with_raised_crp_is_not_sent_on_by_the_marker_rule()
    {
        // Axial spondyloarthritis: chronic back pain with a raised CRP that is not getting worse (NICE NG65: soon).
        Assert.False(Kb.Fires(BackRule, 32, "male", ("where.low_back", true), ("episode.duration_days", 400),
            ("episode.worsening", false), ("stiffness.morning_minutes", 60), ("test.crp_or_esr_raised", true)));
        Assert.False(Kb.Fires(BackRule, 32, "male", ("where.low_back", true), ("episode.duration_days", 3),
            ("test.crp_or_esr_raised", false), ("test.white_cells_raised", false)));
        // Raised markers with hip pain only are the hip rules' business.
        Assert.False(Kb.Fires(BackRule, 60, "male", ("where.groin", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false),
            ("episode.worsening", true), ("test.crp_or_esr_raised", true)));
    }

    [Fact]
    public void Long_term_steroids_with_worsening_back_pain_are_an_infection_risk()
    {
        var result = Kb.Engine.Assess(Kb.Case(73, "female", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("hx.immunosuppressed", false), ("episode.worsening", true), ("systemic.fever", false)));
        Assert.Contains(result.UrgencyReasons, r => r.Rule == SpinalRiskRule);
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_infection");
    }

    [Fact]
    public void Long_term_steroids_with_steady_long_standing_pain_are_not_sent_on()
    {
        Assert.False(Kb.Fires(SpinalRiskRule, 70, "female", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("episode.duration_days", 365), ("episode.worsening", false), ("pain.constant_unaffected_by_movement", false),
            ("pain.night", false), ("pain.night_no_position_eases", false), ("systemic.unwell", false)));
        Assert.False(Kb.Fires(HipRiskRule, 60, "female", ("where.groin", true), ("hx.long_term_steroids", true),
            ("episode.duration_days", 120), ("func.limp", true), ("episode.worsening", true)));
        // Steroids with tingling alone (no weakness) are not the emergency rule, as diabetes is not.
        Assert.False(Kb.Fires(NeuroRiskRule, 70, "female", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("neuro.leg_numbness_tingling", true), ("neuro.leg_weakness", false)));
    }

    [Fact]
    public void Long_term_steroids_count_with_new_hip_pain_and_with_new_weakness()
    {
        Assert.True(Kb.Fires(HipRiskRule, 60, "female", ("where.groin", true), ("hx.long_term_steroids", true),
            ("episode.duration_days", 4), ("func.limp", true)));
        var result = Kb.Engine.Assess(Kb.Case(70, "female", ("where.low_back", true), ("hx.long_term_steroids", true),
            ("neuro.leg_weakness", true)));
        Assert.Equal(Urgency.Emergency, result.Urgency);
        Assert.Contains(result.UrgencyReasons, r => r.Rule == NeuroRiskRule);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(null, "sudden")]
    public void New_pain_from_the_side_to_the_groin_is_suspected_renal_colic(int? days, string? onset)
    {
        var findings = new List<(string, object)> { ("where.flank", true), ("where.groin", true) };
        if (days is int d) findings.Add(("episode.duration_days", d));
        if (onset is not null) findings.Add(("episode.onset", onset));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(26, "female", findings.ToArray())), "visceral_referral", ColicRule);
    }

    [Fact]
    public void Side_and_groin_pain_of_weeks_that_came_on_slowly_is_not_renal_colic()
    {
        Assert.False(Kb.Fires(ColicRule, 55, "male", ("where.flank", true), ("where.groin", true),
            ("episode.duration_days", 42), ("episode.onset", "gradual"), ("pain.colicky_waves", false),
            ("visceral.urine_symptoms", false), ("systemic.nausea_vomiting", false)));
        Assert.False(Kb.Fires(ColicRule, 55, "male", ("where.flank", false), ("where.groin", true),
            ("episode.duration_days", 1), ("episode.onset", "sudden")));
    }
}
