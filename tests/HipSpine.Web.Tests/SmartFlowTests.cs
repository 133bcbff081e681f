using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HipSpine.Records.Smart;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// SMART App Launch as a real client runs it, over HTTP only: discovery, authorisation code with PKCE through the real
/// sign-in and consent pages, the token exchange, bearer reads, refusals, refresh; a clinic's backend with client
/// credentials; CORS for registered origins only. On both databases.
/// </summary>
public sealed class SmartFlowTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    private const string PatientScopes = "openid fhirUser launch/patient offline_access patient/*.read";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_patient_app_authorises_with_PKCE_reads_its_patient_with_the_token_and_nothing_else(string provider)
    {
        using var app = PostgresApp.On(provider);
        Assert.Null(await SmartSteps.RegisterAsync(app, new SmartClientRegistration("pain-app", "Pain Diary App", false,
            [SmartSteps.RedirectUri], [SmartSteps.AppOrigin], [.. PatientScopes.Split(' ')])));
        using var patient = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, patient, "smart-a@example.com");
        var patientId = await AccountSteps.PatientIdAsync(patient);
        using var other = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, other, "smart-b@example.com");
        var otherId = await AccountSteps.PatientIdAsync(other);

        using var appClient = app.Browser(); // the app's own HTTP client: no cookies of anyone's
        var configuration = await SmartSteps.JsonAsync(await appClient.GetAsync(new Uri("/.well-known/smart-configuration", UriKind.Relative)));
        Assert.Contains("S256", configuration.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("launch-standalone", configuration.GetProperty("capabilities").EnumerateArray().Select(e => e.GetString()));
        var authorize = configuration.GetProperty("authorization_endpoint").GetString()!;
        var tokenEndpoint = configuration.GetProperty("token_endpoint").GetString()!;
        var metadata = await SmartSteps.JsonAsync(await appClient.GetAsync(new Uri("/fhir/metadata", UriKind.Relative)));
        var security = metadata.GetProperty("rest")[0].GetProperty("security");
        Assert.Equal("SMART-on-FHIR", security.GetProperty("service")[0].GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Contains(authorize, security.GetRawText(), StringComparison.Ordinal);

        var (verifier, challenge) = SmartSteps.Pkce();
        using var browser = app.Browser(); // the person's browser, signed out: the authorize request sends it to sign in
        var code = await SmartSteps.AuthorizeAsync(browser, authorize, "pain-app", PatientScopes, challenge, "smart-a@example.com");

        // A wrong verifier is refused; the right one gets the tokens and the patient in context.
        using (var wrong = new HttpRequestMessage(HttpMethod.Post, new Uri(tokenEndpoint)))
        {
            wrong.Content = new FormUrlEncodedContent([new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", SmartSteps.RedirectUri), new("client_id", "pain-app"), new("code_verifier", verifier + "x")]);
            using var refused = await appClient.SendAsync(wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var (verifier2, challenge2) = SmartSteps.Pkce();
        code = await SmartSteps.AuthorizeAsync(app.Browser(), authorize, "pain-app", PatientScopes, challenge2, "smart-a@example.com");
        var tokens = await SmartSteps.TokenAsync(appClient, tokenEndpoint,
            [new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", SmartSteps.RedirectUri), new("client_id", "pain-app"), new("code_verifier", verifier2)]);
        Assert.Equal(patientId, tokens.GetProperty("patient").GetString());
        Assert.EndsWith("/fhir/Patient/" + patientId, tokens.GetProperty("fhirUser").GetString(), StringComparison.Ordinal);
        Assert.True(tokens.TryGetProperty("id_token", out _));
        var access = tokens.GetProperty("access_token").GetString()!;

        using (var read = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{patientId}", access))
        {
            Assert.Equal(patientId, (await SmartSteps.JsonAsync(read)).GetProperty("id").GetString());
        }

        using (var search = await SmartSteps.GetAsync(appClient, $"/fhir/Observation?patient={patientId}", access))
        {
            Assert.Equal("searchset", (await SmartSteps.JsonAsync(search)).GetProperty("type").GetString());
        }

        using (var none = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{patientId}", null))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Contains(none.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }

        using (var forged = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{patientId}", access[..^4] + "AAAA"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
            Assert.Contains(forged.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        }

        using (var someoneElse = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{otherId}", access))
        {
            Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        }

        using (var write = new HttpRequestMessage(HttpMethod.Post, new Uri("/fhir", UriKind.Relative)))
        {
            write.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
            write.Content = new StringContent("""{"resourceType":"Bundle","type":"transaction","entry":[]}""", Encoding.UTF8, "application/fhir+json");
            using var refused = await appClient.SendAsync(write);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode); // patient/*.read reads, it does not write
        }

        var refreshed = await SmartSteps.TokenAsync(appClient, tokenEndpoint,
            [new("grant_type", "refresh_token"), new("refresh_token", tokens.GetProperty("refresh_token").GetString()!), new("client_id", "pain-app")]);
        using (var again = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{patientId}", refreshed.GetProperty("access_token").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        // Signing out everywhere (a new security stamp, as a password change makes) ends the app's tokens too.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(patientId))!);
        }

        using (var ended = await SmartSteps.GetAsync(appClient, $"/fhir/Patient/{patientId}", refreshed.GetProperty("access_token").GetString()))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        }

        using var refreshAgain = new HttpRequestMessage(HttpMethod.Post, new Uri(tokenEndpoint))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", refreshed.GetProperty("refresh_token").GetString()!), new("client_id", "pain-app")]),
        };
        using var noMore = await appClient.SendAsync(refreshAgain);
        Assert.Equal(HttpStatusCode.BadRequest, noMore.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_clinic_backend_reads_only_the_patients_who_shared_with_its_clinician(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var sharing = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, sharing, "shares@example.com");
        var sharedId = await AccountSteps.PatientIdAsync(sharing);
        using var notSharing = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, notSharing, "keeps@example.com");
        var privateId = await AccountSteps.PatientIdAsync(notSharing);
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "clinic@example.com");
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(sharing, "all"))).Dispose();
        var clinicianId = await AccountSteps.PatientIdAsync(clinician);

        var secret = await SmartSteps.RegisterAsync(app, new SmartClientRegistration("clinic-backend", "Clinic EHR", true, [], [], [SmartScopes.SystemRead], clinicianId));
        Assert.False(string.IsNullOrEmpty(secret));
        using var backend = app.Browser();
        var token = await SmartSteps.TokenAsync(backend, "https://localhost/connect/token",
            [new("grant_type", "client_credentials"), new("scope", SmartScopes.SystemRead)], basic: "clinic-backend:" + secret);
        var access = token.GetProperty("access_token").GetString()!;

        using (var shared = await SmartSteps.GetAsync(backend, $"/fhir/Patient/{sharedId}", access))
        {
            Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        }

        using (var kept = await SmartSteps.GetAsync(backend, $"/fhir/Patient/{privateId}", access))
        {
            Assert.Equal(HttpStatusCode.NotFound, kept.StatusCode);
        }

        using (var own = await SmartSteps.GetAsync(backend, $"/fhir/Patient/{clinicianId}", access))
        {
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode); // the clinician's own record is not the clinic's
        }

        using var wrongSecret = new HttpRequestMessage(HttpMethod.Post, new Uri("https://localhost/connect/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", SmartScopes.SystemRead), new("client_id", "clinic-backend"), new("client_secret", "guess")]),
        };
        using var refused = await backend.SendAsync(wrongSecret);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await SmartClients.RemoveAsync(scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>(), "clinic-backend", CancellationToken.None));
        }

        using (var afterRemoval = await SmartSteps.GetAsync(backend, $"/fhir/Patient/{sharedId}", access))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, afterRemoval.StatusCode); // removing the client ends its tokens at once
        }
    }

    [Fact]
    public async Task CORS_answers_the_preflight_of_a_registered_origin_only()
    {
        using var app = new HipSpineApp();
        await SmartSteps.RegisterAsync(app, new SmartClientRegistration("cors-app", "CORS App", false, [SmartSteps.RedirectUri], [SmartSteps.AppOrigin], [SmartScopes.PatientRead]));
        using var client = app.Browser();
        foreach (var path in new[] { "/fhir/Patient/x", "/connect/token" })
        {
            using var registered = await PreflightAsync(client, path, SmartSteps.AppOrigin);
            Assert.Equal(SmartSteps.AppOrigin, registered.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("authorization", string.Join(",", registered.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
            using var unregistered = await PreflightAsync(client, path, "https://evil.test");
            Assert.False(unregistered.Headers.Contains("Access-Control-Allow-Origin"));
        }

        using var page = await PreflightAsync(client, "/account", SmartSteps.AppOrigin);
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin")); // the web pages are never cross-origin
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", path.StartsWith("/fhir", StringComparison.Ordinal) ? "GET" : "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await client.SendAsync(request);
    }
}
