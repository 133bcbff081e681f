using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Fhir;

namespace HipSpine.Web.Tests;

/// <summary><c>POST /fhir</c> transactions, the subject check on every write, and <c>$everything?_since</c>.</summary>
public sealed class FhirTransactionTests
{
    private const string FhirJson = "application/fhir+json";

    private static string Response(string subject) => $$"""
        {"resourceType":"QuestionnaireResponse","status":"completed","authored":"2026-05-20T10:00:00Z",{{subject}}
         "questionnaire":"{{FhirService.QuestionnaireUrl}}",
         "item":[{"linkId":"age","answer":[{"valueInteger":64}]},
           {"linkId":"group-where","item":[{"linkId":"where.groin","answer":[{"valueBoolean":true}]}]}]}
        """;

    private static string Pain(int value, string at, string subject = "") => $$"""
        {"resourceType":"Observation","status":"final",{{subject}}"code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
         "effectiveDateTime":"{{at}}","valueInteger":{{value}}}
        """;

    private static string Transaction(params string[] resources) =>
        """{"resourceType":"Bundle","type":"transaction","entry":[""" + string.Join(",", resources.Select(r =>
            "{\"resource\":" + r + ",\"request\":{\"method\":\"POST\",\"url\":\"" + JsonDocument.Parse(r).RootElement.GetProperty("resourceType").GetString() + "\"}}")) + "]}";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string url, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.RelativeOrAbsolute));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, FhirJson);
        }

        using var response = await client.SendAsync(request);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static async Task<string> SignUpAsync(HipSpineApp app, HttpClient client, string email)
    {
        (await AccountSteps.SignUpAsync(client, email)).Dispose();
        var account = await AccountSteps.GetOkAsync(client, "/account");
        _ = app;
        return AccountSteps.PatientId(account);
    }

    [Fact]
    public async Task A_transaction_stores_every_entry_and_answers_with_fetchable_locations()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var me = await SignUpAsync(app, client, "tx@example.com");

        var (status, reply) = await SendAsync(client, HttpMethod.Post, "/fhir",
            Transaction(Response($"\"subject\":{{\"reference\":\"Patient/{me}\"}},"), Pain(5, "2026-05-21T08:00:00Z"), Pain(3, "2026-05-28T08:00:00Z")));

        Assert.True(status == HttpStatusCode.OK, reply.GetRawText());
        Assert.Equal("transaction-response", reply.GetProperty("type").GetString());
        Assert.Empty(FhirService.ValidationErrors(reply.GetRawText()));
        var locations = reply.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("response")).ToArray();
        Assert.Equal(3, locations.Length);
        Assert.All(locations, l => Assert.Equal("201 Created", l.GetProperty("status").GetString()));
        Assert.StartsWith("QuestionnaireResponse/qr-", locations[0].GetProperty("location").GetString(), StringComparison.Ordinal);
        foreach (var location in locations.Select(l => l.GetProperty("location").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, "/fhir/" + location)).Status);
        }

        Assert.Equal(1, app.SavedCount());

        // _since: only what changed at or after the instant (and the Patient).
        var (_, all) = await SendAsync(client, HttpMethod.Get, $"/fhir/Patient/{me}/$everything");
        var (_, recent) = await SendAsync(client, HttpMethod.Get, $"/fhir/Patient/{me}/$everything?_since=2026-05-25T00:00:00Z");
        Assert.True(all.GetProperty("total").GetInt32() > recent.GetProperty("total").GetInt32());
        Assert.Contains(recent.GetProperty("entry").EnumerateArray(), e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Patient");
        Assert.Single(recent.GetProperty("entry").EnumerateArray(), e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Observation");
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, HttpMethod.Get, $"/fhir/Patient/{me}/$everything?_since=lately")).Status);
    }

    [Fact]
    public async Task Entries_about_another_patient_are_refused_with_403_and_nothing_is_stored()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        _ = await SignUpAsync(app, client, "tx-self@example.com");
        var someoneElse = "\"subject\":{\"reference\":\"Patient/someone-else\"},";

        foreach (var (url, body) in new[]
        {
            ("/fhir", Transaction(Response(""), Pain(4, "2026-05-21T08:00:00Z", someoneElse))),
            ("/fhir/Bundle", """{"resourceType":"Bundle","type":"collection","entry":[{"resource":""" + Response(someoneElse) + "}]}"),
        })
        {
            var (status, outcome) = await SendAsync(client, HttpMethod.Post, url, body);
            Assert.True(status == HttpStatusCode.Forbidden, url + ": " + outcome.GetRawText());
            Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
            Assert.Contains(outcome.GetProperty("issue").EnumerateArray(), i => i.GetProperty("code").GetString() == "forbidden");
        }

        Assert.Equal(0, app.SavedCount());

        // Not a transaction, or an entry that is not a POST: 400, nothing stored.
        var collection = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":""" + Response("") + "}]}";
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, HttpMethod.Post, "/fhir", collection)).Status);
        var put = Transaction(Response("")).Replace("\"POST\"", "\"PUT\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, HttpMethod.Post, "/fhir", put)).Status);
        Assert.Equal(0, app.SavedCount());
    }
}
