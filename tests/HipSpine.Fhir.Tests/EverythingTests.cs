using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

public sealed class EverythingTests
{
    private static PatientRecord Record()
    {
        var subject = Kb.Case("""{"age":64,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"episode.onset":"gradual","exam.hip_internal_rotation_deg":10}}""");
        var assessment = new AssessmentRecord(Guid.NewGuid(), new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), subject, Kb.Engine.Assess(subject));
        return new PatientRecord(
            "patient-1",
            [assessment],
            [new PainRecord(Guid.NewGuid(), new DateTimeOffset(2026, 5, 3, 8, 30, 0, TimeSpan.Zero), 6)],
            [new PlanRecord(Guid.NewGuid(), new DateOnly(2026, 5, 2), ["Bridges: 2 sets of 10"], ["Calm: settle the pain", "Build: walk 30 minutes"])]);
    }

    [Fact]
    public void The_everything_Bundle_built_from_plain_records_validates_with_zero_errors()
    {
        var bundle = EverythingBuilder.Build(Record(), Kb.Knowledge, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(Bundle.BundleType.Searchset, bundle.Type);
        Assert.Equal(
            ["Patient", "QuestionnaireResponse", "QuestionnaireResponse", "RiskAssessment", "Observation", "Goal", "Goal", "CarePlan"],
            bundle.Entry.Select(e => e.Resource!.TypeName));
        // Validated as emitted (JSON): the SDK's in-memory Bundle.link.relation is typed for R5 and trips the R4 validator.
        Assert.Empty(FhirService.ValidationErrors(FhirJson.Serialize(bundle)));
        Assert.All(bundle.Entry, e => Assert.Empty(FhirValidation.Errors(e.Resource!)));

        // The stored case reads back through the $assess reader unchanged: same answers, same result.
        // The patient's answers and the clinician's findings travel as two responses (hipspine-intake, hipspine-exam); the basis names both.
        var response = (QuestionnaireResponse)bundle.Entry[1].Resource!;
        var exam = (QuestionnaireResponse)bundle.Entry[2].Resource!;
        Assert.Equal(FhirUris.IntakeQuestionnaire, response.Questionnaire);
        Assert.EndsWith("/Questionnaire/hipspine-exam", exam.Questionnaire, StringComparison.Ordinal);
        Assert.Equal(2, ((RiskAssessment)bundle.Entry[3].Resource!).Basis.Count);
        response = (QuestionnaireResponse)response.DeepCopy();
        response.Item.AddRange(exam.Item);
        var read = QuestionnaireResponseReader.Read(response, Kb.Knowledge);
        Assert.True(read.IsValid);
        Assert.Equal(Record().Assessments[0].Case.AnsweredFindings(), read.Case!.AnsweredFindings());
    }

    [Fact]
    public void An_import_Bundle_names_each_invalid_entry_by_index()
    {
        var read = FhirFixture.Service.ReadImport("""
            {"resourceType":"Bundle","type":"collection","entry":[
              {"resource":{"resourceType":"Patient","gender":"female"}},
              {"resource":{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},"valueInteger":4}}]}
            """);

        Assert.False(read.IsValid);
        Assert.True(read.ProblemsJson!.Contains("entry 0: a Patient cannot be imported", StringComparison.Ordinal), read.ProblemsJson);
        Assert.True(read.ProblemsJson!.Contains("entry 1: effective", StringComparison.Ordinal), read.ProblemsJson);
        Assert.Empty(read.Assessments);
    }
}
