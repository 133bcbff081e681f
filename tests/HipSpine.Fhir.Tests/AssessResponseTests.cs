using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

public sealed class AssessResponseTests
{
    private static readonly string HipOaCase = Path.Combine(RepoPaths.OwnCases, "T35_hip_oa_classic.json");

    private static RiskAssessment Assess(QuestionnaireResponse response)
    {
        var reply = FhirFixture.Service.Assess(Responses.Json(response));
        Assert.True(reply.IsValid, reply.Json);
        var read = FhirJson.Read<RiskAssessment>(reply.Json);
        Assert.True(read.IsValid, FhirJson.Serialize(read.Problems));
        return read.Resource!;
    }

    private static Coding Urgency(RiskAssessment assessment) =>
        Assert.IsType<CodeableConcept>(assessment.GetExtension(FhirUris.UrgencyExtension)?.Value).Coding.Single();

    [Fact]
    public void A_hip_OA_response_gives_the_engines_sources_and_urgency_as_a_RiskAssessment()
    {
        var (response, caseJson) = Responses.ForCaseFile(HipOaCase);
        var expected = Kb.Engine.Assess(Kb.Case(caseJson));

        var assessment = Assess(response);

        Assert.Equal(ObservationStatus.Final, assessment.Status);
        Assert.Equal("HipSpine triage", assessment.Method!.Text);
        Assert.NotNull(assessment.Occurrence);
        var sources = assessment.Prediction.ToArray();
        Assert.All(sources, p => Assert.Equal(FhirUris.SourceSystem, p.Outcome!.Coding[0].System));
        Assert.Equal(expected.Sources.Select(s => s.Id), sources.Select(p => p.Outcome!.Coding[0].Code));
        foreach (var (source, prediction) in expected.Sources.Zip(sources))
        {
            Assert.Equal((decimal)source.Probability, ((FhirDecimal)prediction.Probability!).Value);
            Assert.False(string.IsNullOrEmpty(prediction.Outcome!.Text));
        }

        Assert.Equal("hip_oa", sources[0].Outcome!.Coding[0].Code);
        var urgency = Urgency(assessment);
        Assert.Equal(FhirUris.UrgencySystem, urgency.System);
        Assert.Equal(expected.Urgency, urgency.Code);
        Assert.Equal("soon", expected.Urgency);
        Assert.All(expected.UrgencyReasons, r => Assert.Contains(r.Advice, assessment.Mitigation, StringComparison.Ordinal));
        Assert.Contains(assessment.Note, n => n.Text!.Contains(Kb.Knowledge.Version, StringComparison.Ordinal));
        Assert.All(expected.UrgencyReasons, r => Assert.Contains(assessment.Note, n => n.Text!.Contains(r.Rule, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_RiskAssessment_validates_against_base_R4_with_zero_errors()
    {
        var (response, _) = Responses.ForCaseFile(HipOaCase);

        var assessment = Assess(response);

        var errors = FhirValidation.Errors(assessment);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(i => i.Diagnostics + " at " + string.Join(", ", i.Expression))));
    }

    [Fact]
    public void A_response_without_an_id_travels_contained_as_the_basis()
    {
        var (response, _) = Responses.ForCaseFile(HipOaCase);

        var assessment = Assess(response);

        var contained = Assert.IsType<QuestionnaireResponse>(Assert.Single(assessment.Contained));
        Assert.Equal("#" + contained.Id, Assert.Single(assessment.Basis).Reference);
    }

    [Fact]
    public void A_response_with_an_id_is_referenced_and_its_subject_kept()
    {
        var (response, _) = Responses.ForCaseFile(HipOaCase);
        response.Id = "qr-1";
        response.Subject = new ResourceReference("Patient/p-1");

        var assessment = Assess(response);

        Assert.Empty(assessment.Contained);
        Assert.Equal("QuestionnaireResponse/qr-1", Assert.Single(assessment.Basis).Reference);
        Assert.Equal("Patient/p-1", assessment.Subject!.Reference);
    }

    [Fact]
    public void An_emergency_picture_puts_the_rule_advice_in_mitigation()
    {
        var response = Responses.For(58, "male", new Dictionary<string, object>
        {
            ["where.low_back"] = true,
            ["neuro.saddle_numbness"] = true,
            ["neuro.bladder_change"] = true,
        });
        var expected = Kb.Engine.Assess(Kb.Case("""{"age":58,"sex":"male","findings":{"where.low_back":true,"neuro.saddle_numbness":true,"neuro.bladder_change":true}}"""));

        var assessment = Assess(response);

        Assert.Equal("emergency", expected.Urgency);
        Assert.Equal("emergency", Urgency(assessment).Code);
        Assert.Contains(expected.UrgencyReasons[0].Advice, assessment.Mitigation, StringComparison.Ordinal);
    }
}
