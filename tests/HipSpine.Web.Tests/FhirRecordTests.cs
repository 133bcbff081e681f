using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Fhir;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary><c>GET /fhir/Patient/{id}/$everything</c> and <c>POST /fhir/Bundle</c>.</summary>
public sealed class FhirRecordTests
{
    private const string FhirJson = "application/fhir+json";
    private const string Patient = "fhir-patient@example.com";
    private const string Doctor = "fhir-doctor@example.com";

    private const string Response = """
        {"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-05-20T10:00:00Z",
         "questionnaire":"http://127.0.0.1:5000/fhir/Questionnaire/hipspine-intake",
         "item":[
           {"linkId":"age","answer":[{"valueInteger":64}]},
           {"linkId":"sex","answer":[{"valueCoding":{"system":"http://hl7.org/fhir/administrative-gender","code":"female"}}]},
           {"linkId":"group-where","item":[
             {"linkId":"where.groin","answer":[{"valueBoolean":true}]},
             {"linkId":"where.low_back","answer":[{"valueBoolean":true}]}]},
           {"linkId":"group-episode","item":[
             {"linkId":"episode.duration_days","answer":[{"valueInteger":270}]},
             {"linkId":"episode.onset","answer":[{"valueCoding":{"code":"gradual"}}]}]}
         ]}
        """;

    private static string Pain(int value, string at) =>
        $$"""
        {"resourceType":"Observation","status":"final",
         "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
         "effectiveDateTime":"{{at}}","valueInteger":{{value}}}
        """;

    private static string Bundle(params string[] resources) =>
        """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", resources.Select(r => """{"resource":""" + r + "}")) + "]}";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(FhirJson, response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(HttpClient client, string bundle)
    {
        using var content = new StringContent(bundle, Encoding.UTF8, FhirJson);
        using var response = await client.PostAsync(new Uri("/fhir/Bundle", UriKind.Relative), content);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static JsonElement[] Resources(JsonElement bundle, string type) =>
        bundle.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource"))
            .Where(r => r.GetProperty("resourceType").GetString() == type).ToArray();

    private static int DiaryCount(HipSpineApp app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().DiaryEntries.Count();
    }

    [Fact]
    public async Task Everything_is_a_valid_Bundle_for_the_owner_and_a_clinician_with_an_all_data_grant_only()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        (await patient.PostAsync($"/assessments/{id}/diary/entry", form, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "6")])).Dispose();
        var patientId = await AccountSteps.PatientIdAsync(patient);
        Assert.NotEmpty(patientId);
        var url = $"/fhir/Patient/{patientId}/$everything";

        var (status, bundle) = await GetAsync(patient, url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Bundle", bundle.GetProperty("resourceType").GetString());
        Assert.Equal("searchset", bundle.GetProperty("type").GetString());
        Assert.Empty(FhirService.ValidationErrors(bundle.GetRawText()));
        foreach (var entry in bundle.GetProperty("entry").EnumerateArray())
        {
            var resource = entry.GetProperty("resource");
            var errors = FhirService.ValidationErrors(resource.GetRawText());
            Assert.True(errors.Count == 0, resource.GetProperty("resourceType").GetString() + ": " + string.Join("; ", errors));
        }

        Assert.Equal(patientId, Resources(bundle, "Patient").Single().GetProperty("id").GetString());
        var response = Resources(bundle, "QuestionnaireResponse").Single();
        Assert.Equal("http://127.0.0.1:5000/fhir/Questionnaire/hipspine-intake", response.GetProperty("questionnaire").GetString());
        var risk = Resources(bundle, "RiskAssessment").Single();
        Assert.Equal("QuestionnaireResponse/" + response.GetProperty("id").GetString(), risk.GetProperty("basis")[0].GetProperty("reference").GetString());
        var pain = Resources(bundle, "Observation").Single();
        Assert.Equal("72514-3", pain.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("survey", pain.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal(6, pain.GetProperty("valueInteger").GetInt32());
        Assert.StartsWith("2026-06-01T08:30", pain.GetProperty("effectiveDateTime").GetString(), StringComparison.Ordinal);
        var plan = Resources(bundle, "CarePlan").Single();
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.Equal("plan", plan.GetProperty("intent").GetString());
        Assert.NotEmpty(plan.GetProperty("activity").EnumerateArray());
        Assert.NotEmpty(Resources(bundle, "Goal"));
        Assert.All(Resources(bundle, "Goal"), g => Assert.Equal("active", g.GetProperty("lifecycleStatus").GetString()));

        // A clinician without a grant, or with a grant for one assessment only: 404 OperationOutcome.
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, Doctor);
        var (refused, outcome) = await GetAsync(clinician, url);
        Assert.Equal(HttpStatusCode.NotFound, refused);
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, id.ToString()))).Dispose();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(clinician, url)).Status);
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(clinician, url)).Status);

        using var anonymous = app.Browser(); // not signed in: 401 OperationOutcome (Policies.SignedIn), not the sign-in page
        var (unauthorized, unsigned) = await GetAsync(anonymous, url);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized);
        Assert.Equal("OperationOutcome", unsigned.GetProperty("resourceType").GetString());
    }

    [Fact]
    public async Task A_Bundle_import_stores_assessments_and_pain_ratings()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        (await AccountSteps.SignUpAsync(patient, Patient)).Dispose();

        var (status, body) = await ImportAsync(patient, Bundle(Response, Pain(5, "2026-05-21T08:00:00Z"), Pain(3, "2026-05-28T08:00:00Z")));
        Assert.True(status == HttpStatusCode.OK, body.GetRawText());
        Assert.Equal(1, app.SavedCount());
        Assert.Equal(2, DiaryCount(app));

        var (_, bundle) = await GetAsync(patient, $"/fhir/Patient/{await AccountSteps.PatientIdAsync(patient)}/$everything");
        Assert.Equal([5, 3], Resources(bundle, "Observation").Select(o => o.GetProperty("valueInteger").GetInt32()));
        // Groin and low back pain at 64: hip OA and non-specific back pain lead (primary-care priors); the import kept the answers.
        var leading = Resources(bundle, "RiskAssessment").Single().GetProperty("prediction").EnumerateArray().Take(3)
            .Select(p => p.GetProperty("outcome").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Contains("hip_oa", leading);
    }

    [Fact]
    public async Task One_invalid_entry_stores_nothing_and_is_named_by_index()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        (await AccountSteps.SignUpAsync(patient, Patient)).Dispose();

        var (status, body) = await ImportAsync(patient, Bundle(Response, Pain(4, "2026-05-21T08:00:00Z"), Pain(12, "2026-05-22T08:00:00Z")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        var issue = Assert.Single(body.GetProperty("issue").EnumerateArray());
        Assert.Contains("entry 2", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        Assert.Contains("outside 0-10", issue.GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.SavedCount());
        Assert.Equal(0, DiaryCount(app));

        var badAnswer = Response.Replace("\"valueInteger\":270", "\"valueString\":\"long\"", StringComparison.Ordinal);
        (status, body) = await ImportAsync(patient, Bundle(Pain(4, "2026-05-21T08:00:00Z"), badAnswer));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body.GetProperty("issue").EnumerateArray(), i => i.GetProperty("diagnostics").GetString()!.StartsWith("entry 1: episode.duration_days", StringComparison.Ordinal));
        Assert.Equal(0, app.SavedCount());

        using var anonymous = app.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await ImportAsync(anonymous, Bundle(Response))).Status);
    }
}
