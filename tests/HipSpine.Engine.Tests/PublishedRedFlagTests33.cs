using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The red flags of knowledge 1.25.0, one published criterion at a time. Injecting drugs is a published risk factor for
/// septic arthritis, the septic hip in people who inject drugs is published as presenting late and without a fever, and
/// the hip cannot be aspirated in the surgery: new hip or groin pain in a person who injects drugs is sent now, and
/// feeling unwell counts as the fever of a septic hip in that group. The guards: longer-standing hip pain in a person
/// who injects drugs and feels well, buttock or side-of-hip pain, new hip pain without injecting, and feeling unwell
/// with hip pain without injecting, are not read by these rules.
/// </summary>
public class PublishedRedFlagTests33
{
    private const string InjectingHipRule = "injecting_drugs_new_hip_pain";
    private const string SepticHipRule = "septic_hip";

    [Theory]
    [InlineData("where.hip", 39, 1)]
    [InlineData("where.groin", 28, 6)]
    [InlineData("where.front_thigh", 45, 14)]
    public void New_hip_or_groin_pain_in_a_person_who_injects_drugs_is_an_emergency_without_a_fever(string site, int age, int days)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("hx.iv_drug_use", true), ("episode.duration_days", days), ("systemic.fever", false),
            ("systemic.unwell", false),
        };
        Assert.True(Kb.Fires(InjectingHipRule, age, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(age, "male", findings)), "septic_hip", InjectingHipRule);
    }

    [Fact]
    public void Hip_pain_in_a_person_who_injects_drugs_with_no_length_given_is_read_as_new()
    {
        var result = Kb.Engine.Assess(Kb.Case(39, "male", ("where.hip", true), ("hx.iv_drug_use", true)));
        Kb.AssertEmergency(result, "septic_hip", InjectingHipRule);
    }

    [Fact]
    public void Hip_pain_of_more_than_two_weeks_in_a_person_who_injects_drugs_and_feels_well_is_not_read()
    {
        var findings = new (string, object)[]
        {
            ("where.hip", true), ("hx.iv_drug_use", true), ("episode.duration_days", 30), ("systemic.fever", false),
            ("systemic.unwell", false), ("systemic.chills_rigors", false),
        };
        Assert.False(Kb.Fires(InjectingHipRule, 40, "female", findings));
        Assert.False(Kb.Fires(SepticHipRule, 40, "female", findings));
    }

    [Theory]
    [InlineData("where.buttock")]
    [InlineData("where.lateral_hip")]
    public void Buttock_or_side_of_hip_pain_is_not_read_by_the_injecting_hip_rule(string site)
    {
        Assert.False(Kb.Fires(InjectingHipRule, 35, "male", (site, true), ("hx.iv_drug_use", true),
            ("episode.duration_days", 3)));
    }

    [Fact]
    public void New_hip_pain_without_injecting_drugs_is_not_read()
    {
        Assert.False(Kb.Fires(InjectingHipRule, 35, "male", ("where.hip", true), ("hx.iv_drug_use", false),
            ("episode.duration_days", 3)));
    }

    [Theory]
    [InlineData("where.hip")]
    [InlineData("where.groin")]
    public void Feeling_unwell_counts_as_the_fever_of_a_septic_hip_in_a_person_who_injects_drugs(string site)
    {
        var findings = new (string, object)[]
        {
            (site, true), ("hx.iv_drug_use", true), ("systemic.unwell", true), ("systemic.fever", false),
            ("systemic.chills_rigors", false), ("episode.duration_days", 60),
        };
        Assert.True(Kb.Fires(SepticHipRule, 36, "male", findings));
        Kb.AssertEmergency(Kb.Engine.Assess(Kb.Case(36, "male", findings)), "septic_hip", SepticHipRule);
    }

    [Fact]
    public void Feeling_unwell_with_hip_pain_and_no_injecting_is_not_read_as_a_fever()
    {
        Assert.False(Kb.Fires(SepticHipRule, 36, "male", ("where.hip", true), ("systemic.unwell", true),
            ("systemic.fever", false), ("systemic.chills_rigors", false), ("hx.iv_drug_use", false),
            ("episode.duration_days", 60)));
    }
}
