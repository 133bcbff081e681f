using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Tests.Shared;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class HardeningTests
{
    private const string ValidCase = """{"age": 40, "sex": "female", "findings": {"where.low_back": true}}""";

    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(",", values) : $"(no {name} on {what})";

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header("Content-Security-Policy"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
    }

    [Fact]
    public async Task Pages_api_fhir_errors_and_static_files_carry_the_security_headers()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        foreach (var url in new[] { "/", "/learn", "/site.css", "/bodymap.js", "/fhir/Questionnaire/hipspine-intake", "/no-such-page", "/healthz" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            AssertSecurityHeaders(response, url);
        }

        using var body = new StringContent(ValidCase, Encoding.UTF8, "application/json");
        using var api = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        AssertSecurityHeaders(api, "POST /api/assess");
    }

    [Fact]
    public async Task Every_personal_data_response_is_no_store_and_public_content_may_be_cached()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "no-store@example.com");
        var patientId = await AccountSteps.PatientIdAsync(client);
        string[] personal =
        [
            $"/assessments/{id}", $"/assessments/{id}/plan", $"/assessments/{id}/plan.ics", $"/assessments/{id}/diary", $"/assessments/{id}/diary/entry",
            $"/assessments/{id}/progress", $"/assessments/{id}/outcomes", $"/assessments/{id}/check-in", $"/assessments/{id}/report.pdf",
            "/account", "/account/sharing", "/account/activity", "/account/data", "/account/data?handler=csv", $"/fhir/Patient/{patientId}/$everything",
            "/assess/all", $"/assessments/{Guid.NewGuid()}",
        ];
        foreach (var url in personal)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url} ({(int)response.StatusCode}) has Cache-Control: {response.Headers.CacheControl}");
        }

        foreach (var url in new[] { "/site.css", "/timezone.js", "/errorfocus.js", "/exercises/glute_bridge.svg", "/learn", "/fhir/Questionnaire/hipspine-intake" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task Versioned_static_files_are_kept_a_year_and_exercise_drawings_revalidate_with_an_etag()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();

        // The page's own link (asp-append-version's content hash) is the address kept for a year.
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var css = System.Text.RegularExpressions.Regex.Match(home, @"/site\.css\?v=[^""]+").Value;
        Assert.NotEmpty(css);
        using (var versioned = await client.GetAsync(new Uri(css, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());
        }

        using (var plain = await client.GetAsync(new Uri("/site.css", UriKind.Relative)))
        {
            Assert.Null(plain.Headers.CacheControl?.MaxAge); // no hash in the address: revalidated, never kept blindly
        }

        using var drawing = await client.GetAsync(new Uri("/exercises/glute_bridge.svg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, drawing.StatusCode);
        var etag = drawing.Headers.ETag ?? throw new Xunit.Sdk.XunitException("The drawing has no ETag.");
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/exercises/glute_bridge.svg", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.GetAsync(new Uri("/assess/all", UriKind.Relative));
        var cookies = response.Headers.GetValues("Set-Cookie").ToArray();

        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Matches("(?i)samesite=(strict|lax)", c));
    }

    [Fact]
    public async Task The_api_is_rate_limited_per_client_with_problem_details_and_retry_after()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["RateLimits:Api:PermitLimit"] = "3" });
        using var client = app.Browser();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/fhir/Questionnaire/hipspine-intake", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        AssertSecurityHeaders(limited, "429");

        using var page = await client.GetAsync(new Uri("/learn", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // pages are not limited
    }

    [Fact]
    public async Task Sign_in_and_sign_up_posts_get_the_strict_limit()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["RateLimits:Account:PermitLimit"] = "2" });
        using var client = app.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent([new("email", "a@example.org"), new("password", "guess" + i)]);
            using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task Signed_in_posts_are_limited_per_account_and_withdrawing_access_never()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["RateLimits:SignedIn:PermitLimit"] = "3", ["RateLimits:Account:PermitLimit"] = "6" });
        using var patient = app.Browser();
        (await AccountSteps.SignUpAsync(patient, "limited@example.com")).Dispose(); // signed out: sign up, confirm, sign in: 3 of the address's 6
        var sharing = await AccountSteps.GetOkAsync(patient, "/account/sharing");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var made = await patient.PostAsync("/account/sharing?handler=create", sharing, [new("scope", "all"), new("days", "5"), new("email", "")]);
            statuses.Add(made.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        for (var i = 0; i < 5; i++) // "Withdraw access" always goes through
        {
            using var withdrawn = await patient.PostAsync("/account/sharing?handler=revoke", sharing, [new("grant", Guid.NewGuid().ToString())]);
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }

        // Another person on the same address still signs in: the signed-in account's posts did not use the address's window.
        using var other = app.Browser();
        using var signedUp = await AccountSteps.SignUpAsync(other, "neighbour@example.com");
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("OPTIONS", "/account")]
    [InlineData("PUT", "/assess/all")]
    [InlineData("DELETE", "/account/sharing")]
    [InlineData("PATCH", "/learn")]
    public async Task Pages_answer_405_to_methods_they_do_not_take(string method, string path)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_2_MB_post_to_the_api_is_413_problem_details()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var big = "{\"age\": 40, \"padding\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";
        using var body = new StringContent(big, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/assess", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task An_unexpected_exception_is_problem_details_without_internals(string environment)
    {
        // The throwing middleware goes at the end of the app's own pipeline, where an unmatched request arrives.
        using var app = new HipSpineApp(configure: b => b.UseEnvironment(environment).ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingEnd>()));
        using var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/test-only/throw", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html"); // what a browser sends: the developer page would answer this
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(ThrowingEnd.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        AssertSecurityHeaders(response, "500");
        // The body says nothing; the tests' own client adds what the app logged, so a test meeting a 500 says why.
        Assert.Contains(ThrowingEnd.Secret, response.ReasonPhrase, StringComparison.Ordinal);
    }

    private sealed class ThrowingEnd : IStartupFilter
    {
        public const string Secret = "secret internal detail 4711";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/test-only/throw"
                ? throw new InvalidOperationException(Secret)
                : Task.CompletedTask);
        };
    }
}
