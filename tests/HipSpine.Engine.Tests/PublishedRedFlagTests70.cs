using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.61.0. Back or side pain that started suddenly at 60 or over, with feeling unwell
/// (<c>older_adult_sudden_back_pain_unwell</c>, emergency): BNSSG Remedy suspects a ruptured aneurysm in anyone over 50
/// with sudden onset back pain and calls 999 in any doubt, RCEM Learning warns against calling back pain over 60
/// musculoskeletal before the aorta is checked, and NICE NG156 asks clinicians to think of rupture with new back pain;
/// feeling unwell as the second feature, the age 60 and both sexes are judgements. And a leg that cannot bear weight now
/// counts as the deficit of <c>infection_risk_with_neuro_deficit</c> with a recent infection, injecting drugs, a weak
/// immune system or a recent spinal operation or injection (Davis et al. 2004: a risk factor with a neurological deficit
/// goes to emergency MRI; NHS Gloucestershire red flags: gait disturbance), not with diabetes or steroid tablets alone.
/// </summary>
public class PublishedRedFlagTests70
{
    private const string Aorta = "older_adult_sudden_back_pain_unwell";
    private const string Abscess = "infection_risk_with_neuro_deficit";

    [Theory]
    [InlineData(70, "male", "where.low_back", null)]
    [InlineData(60, "female", "where.low_back", 0)]
    [InlineData(66, "male", "where.mid_upper_back", 3)]
    [InlineData(81, "female", "where.flank", 13)]
    [InlineData(64, null, "where.low_back", 1)]
    public void Sudden_back_or_side_pain_at_60_or_over_with_feeling_unwell_is_an_emergency(int age, string? sex, string site, int? days)
    {
        (string, object)[] findings = [(site, true), ("episode.onset", "sudden"), ("systemic.unwell", true)];
        if (days is { } d)
        {
            findings = [.. findings, ("episode.duration_days", d)];
        }

        // An unanswered length is read as new by the duration completion, as for every emergency rule.
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, sex, findings)), "aaa", Aorta);
    }

    [Fact]
    public void The_ruptured_aneurysm_told_only_as_sudden_low_back_pain_while_straining_and_feeling_unwell_is_an_emergency()
    {
        // heldout67 NR_04: a man of 70, no risk answered; urgent in 1.60.0 (read as a vertebral insufficiency fracture).
        var result = Kb.Engine.Assess(Kb.Case(70, "male", ("where.low_back", true), ("episode.onset", "sudden"), ("systemic.unwell", true)));
        Kb.AssertEmergency(result, "aaa", Aorta);
        Assert.Contains(result.MustRuleOut, m => m.Id == "spinal_fracture");
    }

    [Theory]
    [InlineData(59, "sudden", true, 0, "where.low_back")]
    [InlineData(70, "gradual", true, 0, "where.low_back")]
    [InlineData(70, "sudden", false, 0, "where.low_back")]
    [InlineData(70, "sudden", true, 14, "where.low_back")]
    [InlineData(70, "sudden", true, 0, "where.hip")]
    [InlineData(70, "sudden", true, 0, "where.groin")]
    public void Guards_under_60_a_gradual_start_not_unwell_more_than_13_days_or_no_back_or_side_pain(int age, string onset, bool unwell, int days, string site)
    {
        Assert.False(Kb.Fires(Aorta, age, "male", (site, true), ("episode.onset", onset), ("systemic.unwell", unwell), ("episode.duration_days", days)));
    }

    [Fact]
    public void Near_miss_sudden_back_pain_at_68_without_feeling_unwell_stays_soon()
    {
        // The 1.50.0 round measured a sudden back pain alone in older men as over-triage; feeling unwell is the line.
        (string, object)[] findings =
        [
            ("where.low_back", true), ("episode.onset", "sudden"), ("episode.duration_days", 2), ("systemic.unwell", false),
            ("hx.smoker", false), ("hx.vascular_disease", false), ("systemic.nausea_vomiting", false), ("systemic.fever", false),
            ("pain.severity_worst", 5), ("where.abdomen", false), ("hx.major_trauma", false), ("hx.fall_or_minor_injury", false),
        ];
        Assert.False(Kb.Fires(Aorta, 68, "male", findings));
        Assert.Equal(Urgency.Soon, Kb.UrgencyOf(68, "male", findings));
    }

    [Theory]
    [InlineData("hx.recent_spinal_procedure")]
    [InlineData("hx.recent_infection")]
    [InlineData("hx.iv_drug_use")]
    [InlineData("hx.immunosuppressed")]
    public void A_leg_that_cannot_bear_weight_with_a_spinal_infection_risk_is_an_emergency_without_weakness_or_fever(string risk)
    {
        // heldout68 NS_13: an MRSA epidural abscess at 32 after a spinal steroid injection, unable to walk; urgent in 1.60.0.
        var result = Kb.Engine.Assess(Kb.Case(32, "male", ("where.low_back", true), (risk, true), ("func.cannot_bear_weight", true),
            ("neuro.leg_weakness", false), ("neuro.leg_numbness_tingling", false), ("systemic.fever", false)));
        Kb.AssertEmergency(result, "spinal_infection", Abscess);
    }

    [Theory]
    [InlineData("hx.diabetes")]
    [InlineData("hx.long_term_steroids")]
    public void Diabetes_or_steroid_tablets_with_a_leg_that_cannot_bear_weight_stay_seen_within_a_day(string risk)
    {
        // Common, long-lasting risks: the deficit there is still weakness, not an inability to bear weight.
        (string, object)[] findings =
        [
            ("where.low_back", true), (risk, true), ("func.cannot_bear_weight", true), ("neuro.leg_weakness", false),
            ("neuro.weakness_worsening", false), ("neuro.foot_drop", false), ("episode.duration_days", 5),
        ];
        Assert.False(Kb.Fires(Abscess, 50, "female", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(50, "female", findings)), "hip_fracture", "cannot_bear_weight");
    }

    [Fact]
    public void A_leg_that_cannot_bear_weight_without_an_infection_risk_is_not_the_abscess_rule()
    {
        (string, object)[] findings =
        [
            ("where.low_back", true), ("func.cannot_bear_weight", true), ("hx.recent_spinal_procedure", false),
            ("hx.recent_infection", false), ("hx.iv_drug_use", false), ("hx.immunosuppressed", false),
        ];
        Assert.False(Kb.Fires(Abscess, 32, "male", findings));
    }
}
