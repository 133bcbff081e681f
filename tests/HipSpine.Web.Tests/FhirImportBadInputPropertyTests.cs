using System.Net;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace HipSpine.Web.Tests;

/// <summary>
/// Hostile bodies to the FHIR endpoints: <c>POST /fhir/QuestionnaireResponse/$assess</c>
/// and, signed in as a patient, <c>POST /fhir/Bundle</c>. Always a 4xx with an OperationOutcome, never a 500
/// or a stack trace, and an import that is refused stores nothing.
/// </summary>
public sealed class FhirImportBadInputPropertyTests(FhirBadInputApp fixture) : IClassFixture<FhirBadInputApp>
{
    private const string FhirJson = "application/fhir+json";

    private const string Response =
        """
        {"resourceType":{{TYPE}},"id":{{ID}},"status":{{STATUS}},"authored":{{AUTHORED}},
         "questionnaire":"http://127.0.0.1:5000/fhir/Questionnaire/hipspine-intake",
         "item":[{"linkId":"age","answer":[{"valueInteger":{{AGE}}}]},
          {"linkId":"sex","answer":[{"valueCoding":{"system":"http://hl7.org/fhir/administrative-gender","code":{{SEX}}}}]},
          {"linkId":"group-where","item":[{"linkId":{{LINK}},"answer":[{"valueBoolean":{{BOOL}}}]}]},
          {"linkId":"pain.severity_now","answer":[{{ANSWER}}]}{{ITEM}}]}
        """;

    private const string Pain =
        """
        {"resourceType":"Observation","status":{{OBS_STATUS}},"code":{"coding":[{"system":"http://loinc.org","code":{{CODE}}}]},
         "effectiveDateTime":{{AT}},"valueInteger":{{PAIN}}}
        """;

    private const string Bundle = """{"resourceType":"Bundle","type":{{BUNDLE_TYPE}},"entry":[{"resource":""" + Response + "},{{ENTRY}}" + """{"resource":""" + Pain + "}]}";

    private static readonly HostileBodies.Slot[] ResponseSlots =
    [
        new("TYPE", "\"QuestionnaireResponse\"", ["\"Patient\"", "\"\"", "1", "null", "\"QuestionnaireResponse\\u0000\"", .. HostileBodies.OddStrings],
            ["\"questionnaireresponse\""]), // the FHIR SDK reads resourceType case-insensitively
        new("ID", "\"qr-1\"", ["1", "true", "[]", "{}"], [.. HostileBodies.OddStrings, "\"" + new string('a', 65) + "\""]),
        new("STATUS", "\"completed\"", ["\"bogus\"", "\"entered-in-error\"", "1", "[]", "{}", .. HostileBodies.OddStrings]),
        new("AUTHORED", "\"2026-05-20T10:00:00Z\"", ["\"2026-13-45\"", "\"yesterday\"", "1", "[]", .. HostileBodies.OddStrings],
            ["\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"2026\"", "\"0000\""]),
        new("AGE", "64", [.. HostileBodies.ExtremeNumbers, .. HostileBodies.NotJson, .. HostileBodies.WrongKinds, .. HostileBodies.OddStrings, "null", "9", "121"]),
        new("SEX", "\"female\"", ["\"Female\"", "1", "[]", "\"fe\\u200bmale\"", "\"\\u202efemale\"", .. HostileBodies.OddStrings]),
        new("LINK", "\"where.groin\"", ["\"where.gro\\u200bin\"", "\"wh\u0435re.groin\"", "\"\"", "1", "null", "[]", "\"age\"", .. HostileBodies.OddStrings]),
        new("BOOL", "true", ["1", "\"true\"", "[]", "{}", .. HostileBodies.ExtremeNumbers, .. HostileBodies.OddStrings, .. HostileBodies.NotJson]),
        new("ANSWER", "{\"valueInteger\":5}", ["{\"valueInteger\":11}", "{\"valueInteger\":1e308}", "{\"valueInteger\":\"5\"}", "{\"valueString\":\"5\"}",
            "{\"valueDecimal\":5.5}", "{\"valueInteger\":2147483648}", "{\"valueInteger\":-0.5}", "{}", "[]", "{\"valueInteger\":5,\"valueBoolean\":true}",
            "{\"valueInteger\":5},{\"valueInteger\":6}", "{\"valueInteger\":123456789012345678901234567890}"], ["{\"valueInteger\":-0}", "{\"valueDecimal\":5}"]),
        new("ITEM", "", [",{\"linkId\":\"pain.foo\",\"answer\":[{\"valueBoolean\":true}]}", ",{\"linkId\":\"age\",\"answer\":[{\"valueInteger\":50}]}",
            ",{\"linkId\":\"group-where\",\"item\":[{\"linkId\":\"group-where\",\"item\":[{\"linkId\":\"\\ud800\"}]}]}", ",1", ",null", ",[]"]),
    ];

    private static readonly HostileBodies.Slot[] BundleSlots =
    [
        .. ResponseSlots,
        new("BUNDLE_TYPE", "\"collection\"", ["\"bogus\"", "1", "[]", .. HostileBodies.OddStrings], ["\"transaction\"", "\"batch\""]),
        new("ENTRY", "", ["{},", "{\"resource\":{}},", "{\"resource\":{\"resourceType\":\"Patient\"}},", "{\"resource\":null},", "1,", "[],"]),
        new("OBS_STATUS", "\"final\"", ["\"bogus\"", "1", "[]", .. HostileBodies.OddStrings], ["\"amended\"", "\"preliminary\"", "\"entered-in-error\""]),
        new("CODE", "\"72514-3\"", ["\"8867-4\"", "\"72514-3\\u0000\"", "\"\\u200b72514-3\"", "1", "[]", .. HostileBodies.OddStrings]),
        new("AT", "\"2026-05-21T08:00:00Z\"", ["\"2026-02-30T08:00:00Z\"", "\"never\"", "1", "[]", .. HostileBodies.OddStrings],
            ["\"0001-01-01T00:00:00+14:00\"", "\"9999-12-31T23:59:59-14:00\"", "\"2026\"", "\"2026-05\""]),
        new("PAIN", "4", [.. HostileBodies.ExtremeNumbers.Where(n => n != "-0"), .. HostileBodies.NotJson, .. HostileBodies.WrongKinds, .. HostileBodies.OddStrings, "11", "-1", "null"], ["-0"]),
    ];

    private HipSpineApp App => fixture.App;

    [Property(MaxTest = 120, Arbitrary = [typeof(ResponseBodies)])]
    public async Task<bool> A_hostile_QuestionnaireResponse_is_a_4xx_OperationOutcome_never_a_500(HostileBody body)
    {
        var before = ApiBadInputPropertyTests.StoredRows(App);
        using var client = App.Browser();
        using var response = await client.PostAsync(new Uri("/fhir/QuestionnaireResponse/$assess", UriKind.Relative), ApiBadInputPropertyTests.Content(body.Body, body.ContentType));
        var text = await response.Content.ReadAsStringAsync();
        AssertRefusedOrValid(body, response, text, "RiskAssessment");
        Assert.Equal(before, ApiBadInputPropertyTests.StoredRows(App));
        return true;
    }

    [Property(MaxTest = 120, Arbitrary = [typeof(BundleBodies)])]
    public async Task<bool> A_hostile_Bundle_import_is_a_4xx_OperationOutcome_never_a_500_and_stores_nothing(HostileBody body)
    {
        var client = await fixture.PatientAsync();
        var before = ApiBadInputPropertyTests.StoredRows(App);
        using var response = await client.PostAsync(new Uri("/fhir/Bundle", UriKind.Relative), ApiBadInputPropertyTests.Content(body.Body, body.ContentType));
        var text = await response.Content.ReadAsStringAsync();
        AssertRefusedOrValid(body, response, text, "OperationOutcome");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal(before, ApiBadInputPropertyTests.StoredRows(App));
        }

        return true;
    }

    [Theory]
    [InlineData("/fhir/QuestionnaireResponse/$assess", false)]
    [InlineData("/fhir/QuestionnaireResponse/$assess", true)]
    [InlineData("/fhir/Bundle", false)]
    [InlineData("/fhir/Bundle", true)]
    public async Task A_10_MB_body_is_a_4xx_OperationOutcome_and_stores_nothing(string url, bool chunked)
    {
        // 10 MB where a number belongs: 413 at the door with a Content-Length; chunked, the in-memory test
        // server has no read limit and the reader refuses it (400). (Kestrel's own limit is not tested
        // here: it closes the socket mid-upload, which the client sees as a broken pipe.)
        var huge = HostileBodies.Huge(Bundle, BundleSlots, "AGE", 10);
        var client = await fixture.PatientAsync();
        var before = ApiBadInputPropertyTests.StoredRows(App);
        using var content = chunked ? ApiBadInputPropertyTests.Chunked(huge) : ApiBadInputPropertyTests.Content(huge, FhirJson);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(chunked ? HttpStatusCode.BadRequest : HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertOperationOutcome(response, text);
        Assert.Equal(before, ApiBadInputPropertyTests.StoredRows(App));
    }

    /// <summary>Counterexamples the properties found (500s: the OperationOutcome quoting them could not be written).</summary>
    [Theory]
    [InlineData("/fhir/Bundle", "BUNDLE_TYPE", "\"\\ude00b\"")]
    [InlineData("/fhir/QuestionnaireResponse/$assess", "LINK", "\"\\ud800\"")]
    public async Task A_lone_surrogate_escape_is_a_400_OperationOutcome_not_a_500(string url, string slot, string value)
    {
        var client = await fixture.PatientAsync();
        var body = url.EndsWith("Bundle", StringComparison.Ordinal) ? HostileBodies.Fill(Bundle, BundleSlots, slot, value) : HostileBodies.Fill(Response, ResponseSlots, slot, value);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), ApiBadInputPropertyTests.Content(body, FhirJson));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertOperationOutcome(response, text);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/fhir+xml")]
    [InlineData(null)]
    public async Task A_valid_resource_sent_as_something_other_than_JSON_is_415_OperationOutcome(string? contentType)
    {
        using var client = App.Browser();
        var body = HostileBodies.Fill(Response, ResponseSlots, null, null);
        using var response = await client.PostAsync(new Uri("/fhir/QuestionnaireResponse/$assess", UriKind.Relative), ApiBadInputPropertyTests.Content(body, contentType));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        AssertOperationOutcome(response, text);
    }

    [Fact]
    public async Task The_valid_templates_are_accepted_so_the_damage_is_what_is_refused()
    {
        using var anonymous = App.Browser();
        using var assessed = await anonymous.PostAsync(new Uri("/fhir/QuestionnaireResponse/$assess", UriKind.Relative),
            ApiBadInputPropertyTests.Content(HostileBodies.Fill(Response, ResponseSlots, null, null), FhirJson));
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        var client = await fixture.PatientAsync();
        using var imported = await client.PostAsync(new Uri("/fhir/Bundle", UriKind.Relative),
            ApiBadInputPropertyTests.Content(HostileBodies.Fill(Bundle, BundleSlots, null, null), FhirJson));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
    }

    private static void AssertRefusedOrValid(HostileBody body, HttpResponseMessage response, string text, string success)
    {
        var status = (int)response.StatusCode;
        Assert.True(status is 200 or 400 or 413 or 415, $"{status} for {body}: {text}");
        if (status == 200)
        {
            Assert.False(body.MustFail, $"accepted {body}: {text}");
            using var doc = JsonDocument.Parse(text);
            Assert.Equal(success, doc.RootElement.GetProperty("resourceType").GetString());
            return;
        }

        AssertOperationOutcome(response, text);
    }

    private static void AssertOperationOutcome(HttpResponseMessage response, string text)
    {
        Assert.Equal(FhirJson, response.Content.Headers.ContentType?.MediaType);
        using var outcome = JsonDocument.Parse(text);
        Assert.Equal("OperationOutcome", outcome.RootElement.GetProperty("resourceType").GetString());
        var issues = outcome.RootElement.GetProperty("issue").EnumerateArray().ToArray();
        Assert.Contains(issues, i => i.GetProperty("severity").GetString() is "error" or "fatal");
        Assert.False(HostileBodies.LeaksInternals(text), text);
    }

    /// <summary>FsCheck's source of hostile QuestionnaireResponses.</summary>
    public static class ResponseBodies
    {
        public static Arbitrary<HostileBody> Bodies() => Arb.From(HostileBodies.For(Response, ResponseSlots, FhirJson));
    }

    /// <summary>FsCheck's source of hostile Bundles to import.</summary>
    public static class BundleBodies
    {
        public static Arbitrary<HostileBody> Bodies() => Arb.From(HostileBodies.For(Bundle, BundleSlots, FhirJson));
    }
}

/// <summary>The bad-input app with one patient signed up once for the whole class (the Bundle import needs a signed-in person).</summary>
public sealed class FhirBadInputApp : IDisposable
{
    private readonly BadInputApp inner = new();
    private readonly SemaphoreSlim signUp = new(1, 1);
    private HttpClient? patient;

    internal HipSpineApp App => inner.App;

    internal async Task<HttpClient> PatientAsync()
    {
        await signUp.WaitAsync();
        try
        {
            if (patient is null)
            {
                var client = App.Browser();
                using var signedUp = await AccountSteps.SignUpAsync(client, "bad-input@example.com");
                Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
                patient = client;
            }

            return patient;
        }
        finally
        {
            signUp.Release();
        }
    }

    public void Dispose()
    {
        patient?.Dispose();
        signUp.Dispose();
        inner.Dispose();
    }
}
