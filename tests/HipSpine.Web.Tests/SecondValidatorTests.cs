using System.Net;
using HipSpine.Fhir;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// Every kind of resource HipSpine's FHIR API emits, collected over HTTP for a person with an assessment (and a
/// clinician's examination findings), a plan, diary entries and outcome scores, is valid for two validators
/// written by different people: Firely's (.NET) and FHIR.js (npm <c>fhir</c>, run with node from tools/fhir-clients).
/// </summary>
public sealed class SecondValidatorTests
{
    private static readonly string[] EmittedTypes =
    [
        "Bundle", "CapabilityStatement", "CarePlan", "CodeSystem", "Goal", "Observation", "OperationDefinition", "OperationOutcome",
        "Patient", "Questionnaire", "QuestionnaireResponse", "RiskAssessment", "StructureDefinition", "ValueSet",
    ];

    private static string ExamUrl => FhirService.QuestionnaireUrl.Replace("hipspine-intake", "hipspine-exam", StringComparison.Ordinal);

    private static string Response(string status, string extra = "") => $$$"""
        {"resourceType":"QuestionnaireResponse","status":"{{{status}}}","authored":"2026-05-20T10:00:00Z","questionnaire":"{{{FhirService.QuestionnaireUrl}}}",
         "item":[{"linkId":"age","answer":[{"valueInteger":58}]},{"linkId":"sex","answer":[{"valueCoding":{"system":"http://hl7.org/fhir/administrative-gender","code":"male"}}]},
           {"linkId":"group-where","item":[{"linkId":"where.low_back","answer":[{"valueBoolean":true}]}]},
           {"linkId":"group-systemic","item":[{"linkId":"systemic.fever","answer":[{"valueBoolean":true}]}]}{{{extra}}}]}
        """;

    private static string Exam => $$"""
        {"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"{{ExamUrl}}",
         "item":[{"linkId":"clinician","item":[{"linkId":"exam.faber_positive","answer":[{"valueBoolean":true}]}]}]}
        """;

    [Fact]
    public async Task Everything_HipSpine_emits_is_valid_for_Firely_and_for_FHIR_js()
    {
        FhirClients.Package("fhir"); // fail first, saying what to install, when the npm folder is not set up
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var assessment = await AccountSteps.PersonWithPlanAsync(app, client, "validators@example.com");
        var diary = await AccountSteps.GetOkAsync(client, $"/assessments/{assessment}/diary/entry");
        (await client.PostAsync($"/assessments/{assessment}/diary/entry", diary, [new("Form.At", "2026-05-30T08:30"), new("Form.Pain", "6")])).Dispose();
        (await client.PostAsync($"/assessments/{assessment}/diary/entry", diary, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "4")])).Dispose();
        var outcomes = await AccountSteps.GetOkAsync(client, $"/assessments/{assessment}/outcomes");
        (await client.PostAsync($"/assessments/{assessment}/outcomes", outcomes, [new("Measure", "peg3"), new("Date", "2026-05-20"), new("Scores[0]", "7"), new("Scores[1]", "6"), new("Scores[2]", "8")])).Dispose();
        var account = await AccountSteps.GetOkAsync(client, "/account");
        var me = AccountSteps.PatientId(account);

        var emitted = new EmittedResources(client);
        // Writes: a transaction with an intake response carrying a clinician's examination finding, and a pain rating.
        var withExam = Response("completed", """,{"linkId":"clinician","item":[{"linkId":"exam.faber_positive","answer":[{"valueBoolean":true}]}]}""");
        await emitted.SendAsync(HttpMethod.Post, "/fhir", Transaction(withExam, """
            {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},"effectiveDateTime":"2026-05-31T08:00:00Z","valueInteger":5}
            """), HttpStatusCode.OK);

        // Discovery and every definition.
        await emitted.GetAsync("/fhir/metadata");
        foreach (var type in FhirService.DefinitionTypes)
        {
            await emitted.GetAsync("/fhir/" + type);
        }

        await emitted.GetAsync("/fhir/Questionnaire?url=" + Uri.EscapeDataString(FhirService.QuestionnaireUrl));

        // The record: $everything, every resource read by its fullUrl, searches with paging and summaries.
        var everything = await emitted.GetAsync($"/fhir/Patient/{me}/$everything");
        foreach (var entry in everything.GetProperty("entry").EnumerateArray())
        {
            await emitted.GetAsync(entry.GetProperty("fullUrl").GetString()!);
        }

        await emitted.GetAsync($"/fhir/Observation?patient=Patient/{me}&code=http://loinc.org|72514-3&_count=1");
        await emitted.GetAsync($"/fhir/Patient?_id={me}");
        await emitted.GetAsync("/fhir/RiskAssessment?_summary=count");

        // $assess: final, preliminary, with the clinician's examination in Parameters.
        await emitted.SendAsync(HttpMethod.Post, "/fhir/QuestionnaireResponse/$assess", Response("completed"), HttpStatusCode.OK);
        await emitted.SendAsync(HttpMethod.Post, "/fhir/QuestionnaireResponse/$assess", Response("in-progress"), HttpStatusCode.OK);
        await emitted.SendAsync(HttpMethod.Post, "/fhir/QuestionnaireResponse/$assess",
            $$$"""{"resourceType":"Parameters","parameter":[{"name":"response","resource":{{{Response("completed")}}}},{"name":"exam","resource":{{{Exam}}}}]}""", HttpStatusCode.OK);

        // Refusals: every one is an OperationOutcome.
        await emitted.SendAsync(HttpMethod.Post, "/fhir/QuestionnaireResponse/$assess", Response("completed", """,{"linkId":"group-hx","item":[{"linkId":"hx.pregnant","answer":[{"valueBoolean":true}]}]}"""), HttpStatusCode.BadRequest);
        await emitted.SendAsync(HttpMethod.Post, "/fhir", Transaction(Response("completed").Replace("\"status\"", "\"subject\":{\"reference\":\"Patient/someone-else\"},\"status\"", StringComparison.Ordinal)), HttpStatusCode.Forbidden);
        await emitted.GetAsync("/fhir/RiskAssessment/ra-00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound);
        await emitted.SendAsync(HttpMethod.Put, "/fhir/Patient/" + me, "{}", HttpStatusCode.MethodNotAllowed);
        await emitted.GetAsync("/fhir/metadata", HttpStatusCode.NotAcceptable, accept: "text/csv");
        using (var visitor = app.Browser())
        {
            await emitted.GetAsync($"/fhir/Patient/{me}", HttpStatusCode.Unauthorized, caller: visitor);
        }

        Assert.Empty(EmittedTypes.Except(emitted.Types));
        Assert.Contains(emitted.All, r => r.Resource.TryGetProperty("id", out var id) && id.ToString().EndsWith("-exam", StringComparison.Ordinal));
        Assert.Contains(emitted.All, r => r.Resource.TryGetProperty("type", out var t) && t.ToString() == "transaction-response");

        var firely = emitted.All.SelectMany(r => FhirService.ValidationErrors(r.Resource.GetRawText()).Select(e => r.Label + ": " + e)).ToList();
        Assert.True(firely.Count == 0, "Firely:\n" + string.Join('\n', firely));

        var file = Path.Combine(Path.GetTempPath(), "hipspine-emitted-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, emitted.ToJson());
        try
        {
            var (exit, output, error) = await FhirClients.NodeAsync("validate.mjs", file);
            Assert.True(exit == 0, $"FHIR.js found problems (exit {exit}):\n{output}\n{error}");
            Assert.Contains($"{emitted.All.Count} resources, 0 errors, 0 warnings", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task FHIR_js_finds_what_R4_forbids_so_its_silence_means_something()
    {
        FhirClients.Package("fhir");
        var file = Path.Combine(Path.GetTempPath(), "hipspine-invalid-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, """
            [{"label":"bad patient","resource":{"resourceType":"Patient","gender":"unknown-to-r4","nickname":"x"}},
             {"label":"bad bundle","resource":{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":"Observation","code":{"text":"pain"}}}]}}]
            """);
        try
        {
            var (exit, output, _) = await FhirClients.NodeAsync("validate.mjs", file);
            Assert.Equal(1, exit);
            Assert.Contains("bad patient: error Patient.gender", output, StringComparison.Ordinal);
            Assert.Contains("bad patient: warning Patient.nickname: Unexpected property", output, StringComparison.Ordinal);
            Assert.Contains("bad bundle: error Bundle.entry[0].resource Observation.status", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Transaction(params string[] resources) =>
        """{"resourceType":"Bundle","type":"transaction","entry":[""" + string.Join(",", resources.Select(r =>
            "{\"resource\":" + r + ",\"request\":{\"method\":\"POST\",\"url\":\"" + System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty("resourceType").GetString() + "\"}}")) + "]}";
}
