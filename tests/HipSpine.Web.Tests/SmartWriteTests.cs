using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HipSpine.Fhir;
using HipSpine.Records.Smart;

namespace HipSpine.Web.Tests;

/// <summary>
/// A patient app that was given write access posts a transaction with its bearer token alone (no cookie, no form
/// token), and reads back what it stored; a resource about another patient is still refused.
/// </summary>
public sealed class SmartWriteTests
{
    private const string Scopes = "openid fhirUser launch/patient patient/*.read patient/*.write";

    private static string PainTransaction(string subject) => $$$"""
        {"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Observation","status":"final",{{{subject}}}
         "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},"effectiveDateTime":"2026-05-21T08:00:00Z","valueInteger":4},
         "request":{"method":"POST","url":"Observation"}}]}
        """;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/fhir", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    [Fact]
    public async Task A_patient_app_with_write_access_posts_a_transaction_with_its_token_and_reads_it_back()
    {
        using var app = new HipSpineApp();
        Assert.Null(await SmartSteps.RegisterAsync(app, new SmartClientRegistration("diary-app", "Diary App", false,
            [SmartSteps.RedirectUri], [SmartSteps.AppOrigin], [.. Scopes.Split(' ')])));
        using var patient = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, patient, "smart-write@example.com");
        var patientId = await AccountSteps.PatientIdAsync(patient);
        using var other = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, other, "smart-write-other@example.com");
        var otherId = await AccountSteps.PatientIdAsync(other);

        using var appClient = app.Browser(); // the app's own HTTP client: no cookies of anyone's
        var configuration = await SmartSteps.JsonAsync(await appClient.GetAsync(new Uri("/.well-known/smart-configuration", UriKind.Relative)));
        var (verifier, challenge) = SmartSteps.Pkce();
        var code = await SmartSteps.AuthorizeAsync(app.Browser(), configuration.GetProperty("authorization_endpoint").GetString()!,
            "diary-app", Scopes, challenge, "smart-write@example.com");
        var tokens = await SmartSteps.TokenAsync(appClient, configuration.GetProperty("token_endpoint").GetString()!,
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", SmartSteps.RedirectUri), new("client_id", "diary-app"), new("code_verifier", verifier)]);
        var access = tokens.GetProperty("access_token").GetString()!;

        var (status, reply) = await PostAsync(appClient, access, PainTransaction($"\"subject\":{{\"reference\":\"Patient/{patientId}\"}},"));
        Assert.True(status == HttpStatusCode.OK, reply.GetRawText());
        Assert.Equal("transaction-response", reply.GetProperty("type").GetString());
        Assert.Empty(FhirService.ValidationErrors(reply.GetRawText()));
        var location = reply.GetProperty("entry")[0].GetProperty("response").GetProperty("location").GetString()!;
        using (var read = await SmartSteps.GetAsync(appClient, "/fhir/" + location, access))
        {
            Assert.Equal(4, (await SmartSteps.JsonAsync(read)).GetProperty("valueInteger").GetInt32());
        }

        // The token writes for its own patient only: an entry about someone else fails the whole transaction.
        var (refused, problem) = await PostAsync(appClient, access, PainTransaction($"\"subject\":{{\"reference\":\"Patient/{otherId}\"}},"));
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal("OperationOutcome", problem.GetProperty("resourceType").GetString());
    }
}
