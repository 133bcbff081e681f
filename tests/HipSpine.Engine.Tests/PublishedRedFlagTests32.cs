using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.24.0, one published criterion at a time. Published back-pain pathways read a fever and
/// feeling systemically unwell as one red flag, fever is absent in about half of spinal infections, and epidural
/// abscesses in afebrile people who inject drugs are published: in a person who injects drugs, back pain with feeling
/// unwell is a spinal-infection emergency even without a fever. Feeling unwell with the longer-lasting or less direct
/// risks (diabetes, a weakened immune system, steroid tablets, a recent infection or spinal procedure) stays a same-day
/// review, and neither injecting drugs without feeling unwell nor feeling unwell without a risk factor is read by it.
/// </summary>
public class PublishedRedFlagTests32
{
    private const string SpinalInfectionRule = "spinal_infection";
    private const string RiskRule = "infection_risk_with_spinal_pain";

    [Theory]
    [InlineData("where.low_back", 30)]
    [InlineData("where.mid_upper_back", 44)]
    [InlineData("where.over_sij", 27)]
    [InlineData("where.buttock", 52)]
    public void Feeling_unwell_with_back_pain_in_a_person_who_injects_drugs_is_an_emergency_without_a_fever(string site, int age)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("hx.iv_drug_use", true), ("systemic.unwell", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false),
        };
        Assert.True(Kb.Fires(SpinalInfectionRule, age, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "spinal_infection", SpinalInfectionRule);
    }

    [Fact]
    public void Injecting_drugs_with_back_pain_and_feeling_well_is_not_read_as_an_emergency_but_is_seen_within_a_day()
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), ("hx.iv_drug_use", true), ("systemic.unwell", false), ("systemic.fever", false),
            ("systemic.chills_rigors", false),
        };
        Assert.False(Kb.Fires(SpinalInfectionRule, 35, "female", findings));
        Kb.AssertSeenWithinADay(Kb.Engine.Assess(Kb.Case(35, "female", findings)), "spinal_infection", RiskRule);
    }

    [Fact]
    public void Feeling_unwell_with_back_pain_and_no_infection_risk_factor_is_not_read()
    {
        Assert.False(Kb.Fires(SpinalInfectionRule, 40, "male", ("where.low_back", true), ("systemic.unwell", true),
            ("systemic.fever", false), ("systemic.chills_rigors", false), ("hx.iv_drug_use", false),
            ("hx.diabetes", false), ("hx.immunosuppressed", false), ("hx.long_term_steroids", false),
            ("hx.recent_infection", false), ("hx.recent_spinal_procedure", false)));
    }

    [Theory]
    [InlineData("hx.diabetes")]
    [InlineData("hx.immunosuppressed")]
    [InlineData("hx.long_term_steroids")]
    [InlineData("hx.recent_infection")]
    [InlineData("hx.recent_spinal_procedure")]
    public void Feeling_unwell_with_another_risk_factor_and_no_fever_stays_a_same_day_review(string risk)
    {
        var findings = new (string, object)[]
        {
            ("where.low_back", true), (risk, true), ("systemic.unwell", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("hx.iv_drug_use", false),
        };
        Assert.False(Kb.Fires(SpinalInfectionRule, 50, "female", findings));
        Assert.True(Kb.Fires(RiskRule, 50, "female", findings));
    }
}
