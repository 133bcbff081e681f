using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

/// <summary><c>$assess</c> as its OperationDefinition says: Parameters, in-progress answers, enableWhen and the Questionnaire version.</summary>
public sealed class AssessOperationTests
{
    private static QuestionnaireResponse Groin(string? sex = "female") =>
        Responses.For(64, sex, [new("where.groin", true), new("where.low_back", true)]);

    private static RiskAssessment Risk(FhirReply reply)
    {
        Assert.True(reply.IsValid, reply.Json);
        return FhirJson.Read<RiskAssessment>(reply.Json).Resource!;
    }

    [Fact]
    public void A_Parameters_wrapper_with_the_response_is_assessed_like_the_response_itself()
    {
        var parameters = new Parameters();
        parameters.Parameter.Add(new Parameters.ParameterComponent { Name = "response", Resource = Groin() });

        var wrapped = Risk(FhirFixture.Service.Assess(FhirJson.Serialize(parameters)));
        var direct = Risk(FhirFixture.Service.Assess(Responses.Json(Groin())));

        Assert.Equal(direct.Prediction.Select(p => p.Outcome!.Coding[0].Code), wrapped.Prediction.Select(p => p.Outcome!.Coding[0].Code));
        var empty = FhirFixture.Service.Assess("""{"resourceType":"Parameters","parameter":[{"name":"other","valueString":"x"}]}""");
        Assert.False(empty.IsValid);
        Assert.Contains("'response'", empty.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exam_response_to_the_clinician_Questionnaire_is_assessed_with_the_intake()
    {
        var code = Kb.Knowledge.Questions.First(q => q.Definition.IsClinicianOnly && q.AskIf is null && q.Definition.Type == Engine.Vocabulary.FindingType.Bool).Code;
        var exam = new QuestionnaireResponse { Questionnaire = FhirCanonical.Default.ExamQuestionnaire, Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed };
        exam.Item.Add(new QuestionnaireResponse.ItemComponent
        {
            LinkId = "clinician",
            Item = [new QuestionnaireResponse.ItemComponent { LinkId = code, Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirBoolean(true) }] }],
        });
        var parameters = new Parameters();
        parameters.Parameter.Add(new Parameters.ParameterComponent { Name = "response", Resource = Groin() });
        parameters.Parameter.Add(new Parameters.ParameterComponent { Name = "exam", Resource = exam });
        var together = Groin();
        together.Item.AddRange(exam.Item.Select(i => (QuestionnaireResponse.ItemComponent)i.DeepCopy()));

        var withExam = Risk(FhirFixture.Service.Assess(FhirJson.Serialize(parameters)));

        var expected = Risk(FhirFixture.Service.Assess(Responses.Json(together)));
        Assert.Equal(expected.Prediction.Select(p => ((FhirDecimal)p.Probability!).Value), withExam.Prediction.Select(p => ((FhirDecimal)p.Probability!).Value));
    }

    [Fact]
    public void An_in_progress_response_gives_a_preliminary_RiskAssessment()
    {
        var response = Groin();
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;

        var risk = Risk(FhirFixture.Service.Assess(Responses.Json(response)));

        Assert.Equal(ObservationStatus.Preliminary, risk.Status);
        Assert.Empty(FhirValidation.Errors(risk));
        Assert.Equal(ObservationStatus.Final, Risk(FhirFixture.Service.Assess(Responses.Json(Groin()))).Status);
    }

    [Fact]
    public void An_answer_to_an_item_its_enableWhen_disables_is_refused_by_name()
    {
        var intake = QuestionnaireBuilder.For(Kb.Knowledge);
        var items = intake.Item.SelectMany(g => g.Item.Prepend(g)).ToArray();
        var follow = items.First(i => i.EnableWhen.Count == 1 && i.EnableWhen[0].Answer is FhirBoolean { Value: true } && i.Type == Questionnaire.QuestionnaireItemType.Boolean);
        var parent = follow.EnableWhen[0].Question!;
        var enabled = Responses.For(64, "female", [new(parent, true), new(follow.LinkId!, true)]);
        var disabled = Responses.For(64, "female", [new(parent, false), new(follow.LinkId!, true)]);

        Assert.True(FhirFixture.Service.Assess(Responses.Json(enabled)).IsValid);
        var refused = FhirFixture.Service.Assess(Responses.Json(disabled));

        Assert.False(refused.IsValid);
        Assert.Contains(follow.LinkId + ": answered, but the question is not asked unless " + parent, refused.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_to_another_version_of_the_Questionnaire_is_refused()
    {
        var same = Groin();
        same.Questionnaire = FhirUris.IntakeQuestionnaire + "|" + Kb.Knowledge.Version;
        var other = Groin();
        other.Questionnaire = FhirUris.IntakeQuestionnaire + "|0.0.1";

        Assert.True(FhirFixture.Service.Assess(Responses.Json(same)).IsValid);
        var refused = FhirFixture.Service.Assess(Responses.Json(other));
        Assert.False(refused.IsValid);
        Assert.Contains("answers version 0.0.1", refused.Json, StringComparison.Ordinal);
    }
}
