using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Knowledge 1.69.0: the UK Sepsis Trust's adult signs of sepsis told by the person (<c>systemic.sepsis_signs</c>:
/// slurred speech or new confusion, very bad breathlessness, blotchy, blue or very pale skin, no urine all day, a feeling
/// of going to die) with a fever, chills, feeling unwell or an infection are an emergency (<c>sepsis_warning_signs</c>;
/// the Trust and NHS practices: call 999 or go to A&amp;E). Asked only after such a sign (askIf).
/// </summary>
public class PublishedRedFlagTests78Sepsis
{
    private const string Rule = "sepsis_warning_signs";

    [Theory]
    [InlineData("systemic.fever")]
    [InlineData("systemic.chills_rigors")]
    [InlineData("systemic.unwell")]
    [InlineData("hx.recent_infection")]
    [InlineData("local.swelling_redness_warmth")]
    public void A_sign_of_sepsis_with_an_infection_or_feeling_unwell_is_an_emergency(string context)
    {
        var result = Kb.Engine.Assess(Kb.Case(44, "female", ("where.low_back", true), (context, true), ("systemic.sepsis_signs", true)));
        Kb.AssertEmergency(result, "spinal_infection", Rule);
    }

    [Fact]
    public void The_confused_febrile_man_with_back_pain_is_an_emergency_with_his_own_answers()
    {
        // heldout47 MW_18 told with the new finding: fever, back pain and altered mental state (urgent in 1.68.0)
        var result = Kb.Engine.Assess(Kb.Case(50, "male", ("where.low_back", true), ("systemic.fever", true), ("systemic.sepsis_signs", true)));
        Kb.AssertEmergency(result, "spinal_infection", Rule);
    }

    [Fact]
    public void Guards()
    {
        // the sign without any infection or illness told, and the context with the sign denied
        Assert.False(Kb.Fires(Rule, 44, "female", ("where.low_back", true), ("systemic.sepsis_signs", true), ("systemic.fever", false)));
        Assert.False(Kb.Fires(Rule, 44, "female", ("where.low_back", true), ("systemic.fever", true), ("systemic.sepsis_signs", false)));
    }

    [Fact]
    public void The_question_is_asked_only_after_a_fever_chills_feeling_unwell_or_an_infection()
    {
        var question = Kb.Knowledge.FindQuestion("systemic.sepsis_signs")!;
        Assert.False(question.RedFlag);
        Assert.NotNull(question.AskIf);
    }
}
