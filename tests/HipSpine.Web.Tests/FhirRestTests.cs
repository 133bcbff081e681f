using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using HipSpine.Fhir;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary><c>GET /fhir/metadata</c>, read, vread and search, formats, ETags and the interactions HipSpine does not offer.</summary>
public sealed class FhirRestTests
{
    private const string FhirJson = "application/fhir+json";

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, url.StartsWith("http", StringComparison.Ordinal) ? UriKind.Absolute : UriKind.Relative));
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return (response.StatusCode, doc.RootElement.Clone(), response);
    }

    private static void AssertValid(JsonElement resource)
    {
        var errors = FhirService.ValidationErrors(resource.GetRawText());
        Assert.True(errors.Count == 0, resource.GetProperty("resourceType").GetString() + "/" + resource.GetProperty("id") + ": " + string.Join("; ", errors));
    }

    [Fact]
    public async Task The_CapabilityStatement_lists_what_is_mapped_and_every_definition_it_names_is_served_and_valid()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();

        var (status, statement, response) = await GetAsync(client, "/fhir/metadata");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(FhirJson, response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal("CapabilityStatement", statement.GetProperty("resourceType").GetString());
        Assert.Equal("4.0.1", statement.GetProperty("fhirVersion").GetString());
        AssertValid(statement);
        var rest = statement.GetProperty("rest")[0];
        Assert.Equal("transaction", rest.GetProperty("interaction")[0].GetProperty("code").GetString());
        var resources = rest.GetProperty("resource").EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!);
        Assert.Equal(
            ["CarePlan", "CodeSystem", "Goal", "Observation", "OperationDefinition", "Patient", "Questionnaire", "QuestionnaireResponse", "RiskAssessment", "StructureDefinition", "ValueSet"],
            resources.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(resources["Observation"].GetProperty("searchParam").EnumerateArray(), p => p.GetProperty("name").GetString() == "code");
        Assert.Contains(resources["Questionnaire"].GetProperty("searchParam").EnumerateArray(), p => p.GetProperty("name").GetString() == "url");

        // Each operation's definition is served where the statement says, and is valid.
        foreach (var operation in resources.Values.SelectMany(r => r.TryGetProperty("operation", out var ops) ? ops.EnumerateArray() : []))
        {
            var url = operation.GetProperty("definition").GetString()!;
            var id = url[(url.LastIndexOf('/') + 1)..];
            var (found, definition, r) = await GetAsync(client, "/fhir/OperationDefinition/" + id);
            r.Dispose();
            Assert.Equal(HttpStatusCode.OK, found);
            Assert.Equal(url, definition.GetProperty("url").GetString());
            AssertValid(definition);
        }

        // Every definitional resource (search with no parameters) is valid.
        foreach (var type in FhirService.DefinitionTypes)
        {
            var (_, bundle, r) = await GetAsync(client, "/fhir/" + type);
            r.Dispose();
            Assert.Equal("searchset", bundle.GetProperty("type").GetString());
            Assert.True(bundle.GetProperty("total").GetInt32() > 0, type);
            foreach (var entry in bundle.GetProperty("entry").EnumerateArray())
            {
                AssertValid(entry.GetProperty("resource"));
            }
        }
    }

    [Fact]
    public async Task Definitions_are_found_by_url_and_XML_is_written_by_the_FHIR_serializer_or_406()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();

        var (_, found, r1) = await GetAsync(client, "/fhir/Questionnaire?url=" + Uri.EscapeDataString(FhirService.QuestionnaireUrl));
        r1.Dispose();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal("hipspine-intake", found.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString());
        var (_, none, r2) = await GetAsync(client, "/fhir/Questionnaire?url=http://example.org/other");
        r2.Dispose();
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        foreach (var ask in new Action<HttpRequestMessage>[] { m => m.RequestUri = new Uri("/fhir/CodeSystem/urgency?_format=xml", UriKind.Relative), m => m.Headers.Accept.ParseAdd("application/fhir+xml") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/fhir/CodeSystem/urgency", UriKind.Relative));
            ask(request);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/fhir+xml", response.Content.Headers.ContentType?.MediaType);
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(XName.Get("CodeSystem", "http://hl7.org/fhir"), xml.Root!.Name);
        }

        using var csv = new HttpRequestMessage(HttpMethod.Get, new Uri("/fhir/metadata", UriKind.Relative));
        csv.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var refused = await client.SendAsync(csv);
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
        Assert.Contains("OperationOutcome", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (summaryStatus, summary, r3) = await GetAsync(client, "/fhir/Questionnaire/hipspine-intake?_summary=true");
        r3.Dispose();
        Assert.Equal(HttpStatusCode.OK, summaryStatus);
        Assert.False(summary.TryGetProperty("item", out _)); // items are not summary elements
        var (countStatus, count, r4) = await GetAsync(client, "/fhir/CodeSystem?_summary=count");
        r4.Dispose();
        Assert.Equal(HttpStatusCode.OK, countStatus);
        Assert.False(count.TryGetProperty("entry", out _));
        Assert.Equal(3, count.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_canonical_base_comes_from_configuration_and_a_bad_one_stops_start_up()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Fhir:CanonicalBase"] = "https://fhir.clinic.test/fhir/" });
        using var client = app.Browser();
        var (_, questionnaire, r1) = await GetAsync(client, "/fhir/Questionnaire/hipspine-intake");
        r1.Dispose();
        Assert.Equal("https://fhir.clinic.test/fhir/Questionnaire/hipspine-intake", questionnaire.GetProperty("url").GetString());
        var (_, found, r2) = await GetAsync(client, "/fhir/CodeSystem?url=https://fhir.clinic.test/fhir/CodeSystem/urgency");
        r2.Dispose();
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        using var bad = new HipSpineApp(new Dictionary<string, string> { ["Fhir:CanonicalBase"] = "fhir.clinic.test" });
        var refused = Assert.ThrowsAny<Exception>(() => bad.Browser().Dispose());
        Assert.Contains("Fhir:CanonicalBase", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Methods_not_offered_get_405_with_an_OperationOutcome()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        foreach (var (method, url) in new[] { ("PUT", "/fhir/Patient/x"), ("DELETE", "/fhir/RiskAssessment/ra-1"), ("PATCH", "/fhir/Questionnaire/hipspine-intake"), ("POST", "/fhir/Observation") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)) { Content = new StringContent("{}", System.Text.Encoding.UTF8, FhirJson) };
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, method + " " + url + ": " + response.StatusCode);
            Assert.Contains("GET", response.Content.Headers.Allow);
            Assert.Contains("\"OperationOutcome\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_patients_resources_are_read_and_searched_with_versions_by_the_owner_only()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var assessment = await AccountSteps.PersonWithPlanAsync(app, patient, "rest-patient@example.com");
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{assessment}/diary/entry");
        (await patient.PostAsync($"/assessments/{assessment}/diary/entry", form, [new("Form.At", "2026-05-30T08:30"), new("Form.Pain", "6")])).Dispose();
        (await patient.PostAsync($"/assessments/{assessment}/diary/entry", form, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "4")])).Dispose();
        var patientId = await AccountSteps.PatientIdAsync(patient);

        // Every fullUrl of $everything can be fetched, and gives the same resource with an ETag that a GET can revalidate.
        var (_, everything, r0) = await GetAsync(patient, $"/fhir/Patient/{patientId}/$everything");
        r0.Dispose();
        Assert.Equal("searchset", everything.GetProperty("type").GetString());
        foreach (var entry in everything.GetProperty("entry").EnumerateArray())
        {
            var fullUrl = entry.GetProperty("fullUrl").GetString()!;
            Assert.StartsWith("https://localhost/fhir/", fullUrl, StringComparison.Ordinal);
            var (status, read, response) = await GetAsync(patient, fullUrl);
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, status);
                Assert.Equal(entry.GetProperty("resource").GetRawText(), read.GetRawText());
                var version = read.GetProperty("meta").GetProperty("versionId").GetString()!;
                Assert.Equal($"W/\"{version}\"", response.Headers.ETag?.ToString());
                AssertValid(read);

                var (notModified, _, again) = await GetAsync(patient, fullUrl, m => m.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{version}\"", true)));
                again.Dispose();
                Assert.Equal(HttpStatusCode.NotModified, notModified);
                var (vread, _, v) = await GetAsync(patient, fullUrl + "/_history/" + version);
                v.Dispose();
                Assert.Equal(HttpStatusCode.OK, vread);
                var (gone, _, g) = await GetAsync(patient, fullUrl + "/_history/0000");
                g.Dispose();
                Assert.Equal(HttpStatusCode.NotFound, gone);
            }
        }

        var patientResource = everything.GetProperty("entry")[0].GetProperty("resource");
        Assert.True(patientResource.TryGetProperty("gender", out _), "the Patient carries the sex the person gave as gender");

        // Search: code and date, paging with _count and links that work.
        var (_, found, r1) = await GetAsync(patient, $"/fhir/Observation?patient=Patient/{patientId}&code=http://loinc.org|72514-3&date=ge2026-06-01");
        r1.Dispose();
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(4, found.GetProperty("entry")[0].GetProperty("resource").GetProperty("valueInteger").GetInt32());
        var (_, page1, r2) = await GetAsync(patient, "/fhir/Observation?_count=1");
        r2.Dispose();
        Assert.Equal(2, page1.GetProperty("total").GetInt32());
        Assert.Single(page1.GetProperty("entry").EnumerateArray());
        var next = page1.GetProperty("link").EnumerateArray().Single(l => l.GetProperty("relation").GetString() == "next").GetProperty("url").GetString()!;
        var (_, page2, r3) = await GetAsync(patient, next);
        r3.Dispose();
        Assert.Equal(4, page2.GetProperty("entry")[0].GetProperty("resource").GetProperty("valueInteger").GetInt32());
        var (badDate, _, r4) = await GetAsync(patient, "/fhir/Observation?date=yesterday");
        r4.Dispose();
        Assert.Equal(HttpStatusCode.BadRequest, badDate);

        // Another patient and a visitor: 404 and 401; nothing of A's in B's searches.
        using var other = app.Browser();
        (await AccountSteps.SignUpAsync(other, "rest-other@example.com")).Dispose();
        var riskUrl = $"/fhir/RiskAssessment/ra-{assessment}";
        var (refused, outcome, r5) = await GetAsync(other, riskUrl);
        r5.Dispose();
        Assert.Equal(HttpStatusCode.NotFound, refused);
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        var (_, empty, r6) = await GetAsync(other, $"/fhir/Observation?patient={patientId}");
        r6.Dispose();
        Assert.Equal(0, empty.GetProperty("total").GetInt32());
        using var visitor = app.Browser();
        var (unauthorized, _, r7) = await GetAsync(visitor, riskUrl);
        using (r7)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unauthorized);
            Assert.NotEmpty(r7.Headers.WwwAuthenticate);
        }
    }
}
