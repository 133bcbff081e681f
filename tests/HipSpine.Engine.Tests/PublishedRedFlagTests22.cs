using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.14.0, one published criterion at a time: back pain in a child under 16 that keeps
/// getting worse, does not settle with treatment, is constant or at night, or comes with feeling unwell or weight
/// loss is seen within a day (NHS North East and North Cumbria Healthier Together and Paediatric Musculoskeletal
/// Matters paediatric red flags; Perth Children's Hospital back pain guideline); feeling unwell with back pain and
/// diabetes is a spinal infection risk whatever the length of the pain (NICE CKS Back pain - low: systemically unwell
/// with a risk factor; Davis et al. 2004: diabetes the commonest risk factor; High et al. 2009: no fever in many older
/// adults). Each test also holds the limit that keeps the rule from sending people who do not meet the criterion
/// (16 and over, settling pain, no risk factor, not unwell), and the femoral-neck stress fracture rule still needs a
/// training increase (a sudden thigh pain with trouble walking and no sport history is not read as one).
/// </summary>
public class PublishedRedFlagTests22
{
    private const string ChildRule = "child_back_pain_not_settling";
    private const string SpinalRiskRule = "infection_risk_with_spinal_pain";
    private const string StressRule = "femoral_neck_stress_fracture";

    [Theory]
    [InlineData(14, "where.low_back", "episode.worsening")]
    [InlineData(10, "where.mid_upper_back", "episode.not_improving_with_care")]
    [InlineData(12, "where.low_back", "pain.night")]
    [InlineData(8, "where.over_sij", "systemic.unwell")]
    [InlineData(15, "where.low_back", "pain.constant_unaffected_by_movement")]
    public void Back_pain_in_a_child_that_is_not_settling_is_seen_within_a_day(int age, string site, string sign)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "male", (site, true), (sign, true), ("systemic.fever", false)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", ChildRule);
    }

    [Fact]
    public void The_child_back_pain_rule_is_for_children_under_16_with_a_paediatric_red_flag()
    {
        // 16 and over: the adult back pain guidance (NICE NG59, over 16s) applies; worsening pain alone is a review.
        Assert.False(Kb.Fires(ChildRule, 16, "male", ("where.low_back", true), ("episode.worsening", true),
            ("episode.not_improving_with_care", true)));
        Assert.False(Kb.Fires(ChildRule, 17, "female", ("where.low_back", true), ("pain.night", true)));
        // A child's back pain that is settling, not at night, not constant, and the child is well.
        Assert.False(Kb.Fires(ChildRule, 13, "female", ("where.low_back", true), ("episode.duration_days", 5),
            ("episode.worsening", false), ("episode.not_improving_with_care", false),
            ("pain.constant_unaffected_by_movement", false), ("pain.night", false), ("pain.night_no_position_eases", false),
            ("systemic.unwell", false), ("systemic.weight_loss", false), ("systemic.night_sweats", false)));
        // Length alone is not read: long-standing back pain in a sporty teenager is an imaging question, not same day.
        Assert.False(Kb.Fires(ChildRule, 14, "male", ("where.low_back", true), ("episode.duration_days", 60),
            ("episode.worsening", false), ("episode.not_improving_with_care", false), ("pain.night", false)));
        // Hip or groin pain alone is the business of the child hip rules.
        Assert.False(Kb.Fires(ChildRule, 12, "male", ("where.groin", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("episode.worsening", true)));
    }

    [Theory]
    [InlineData(80, 60)]
    [InlineData(52, 5)]
    public void Feeling_unwell_with_back_pain_and_diabetes_is_a_spinal_infection_risk_without_fever(int age, int days)
    {
        var result = Kb.Engine.Assess(Kb.Case(age, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("systemic.unwell", true), ("episode.duration_days", days), ("episode.worsening", false),
            ("systemic.fever", false)));
        Kb.AssertSeenWithinADay(result, "spinal_infection", SpinalRiskRule);
    }

    [Fact]
    public void Diabetes_with_steady_back_pain_or_feeling_unwell_without_a_risk_is_not_the_infection_rule()
    {
        // Diabetes with long-standing, steady back pain and feeling well (diabetes is common and lasting).
        Assert.False(Kb.Fires(SpinalRiskRule, 80, "female", ("where.low_back", true), ("hx.diabetes", true),
            ("systemic.unwell", false), ("episode.duration_days", 60), ("episode.worsening", false)));
        // Feeling unwell with back pain and no risk factor for spinal infection.
        Assert.False(Kb.Fires(SpinalRiskRule, 80, "female", ("where.low_back", true), ("hx.diabetes", false),
            ("hx.immunosuppressed", false), ("hx.long_term_steroids", false), ("hx.recent_infection", false),
            ("hx.iv_drug_use", false), ("hx.recent_spinal_procedure", false), ("systemic.unwell", true)));
        // Diabetes and feeling unwell with hip pain only: not a back pain rule.
        Assert.False(Kb.Fires(SpinalRiskRule, 80, "female", ("where.hip", true), ("where.low_back", false),
            ("where.mid_upper_back", false), ("where.over_sij", false), ("where.buttock", false), ("hx.diabetes", true),
            ("systemic.unwell", true)));
    }

    [Fact]
    public void The_stress_fracture_rule_still_needs_a_training_increase()
    {
        // Robertson & Wood 2017: exercise-related groin or front-of-thigh pain. HipSpine reads exercise only as a
        // training increase; a sudden thigh pain with trouble walking and no sport history is a strain far more often.
        Assert.False(Kb.Fires(StressRule, 40, "female", ("where.front_thigh", true), ("episode.onset", "sudden"),
            ("func.difficulty_walking_standing", true), ("pain.worse_walking", true), ("hx.training_load_increase", false)));
        Assert.True(Kb.Fires(StressRule, 40, "female", ("where.front_thigh", true), ("pain.worse_walking", true),
            ("hx.training_load_increase", true)));
    }
}
