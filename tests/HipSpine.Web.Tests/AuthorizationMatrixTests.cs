using System.Net;
using System.Text;
using HipSpine.Tests.Shared;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// Every endpoint declares one named policy, and every endpoint answers each of six accounts as the
/// matrix (<see cref="AuthorizationMatrix"/>) says: no patient's data is readable or writable from another account.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    private IReadOnlyList<RouteEndpoint> Endpoints =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToArray();

    private static string Pattern(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    [Fact]
    public void Every_endpoint_declares_exactly_one_named_policy()
    {
        var failures = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "(none: a bare [Authorize])").ToArray();
            if (policies.Length != 1 || !Policies.All.Contains(policies[0]))
            {
                failures.Add($"{endpoint.DisplayName} ({Pattern(endpoint)}) declares [{string.Join(", ", policies)}]: give it exactly one of {string.Join(", ", Policies.All)}");
            }

            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                failures.Add($"{Pattern(endpoint)} allows anonymous access, which skips its policy: use Policies.Public instead");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_endpoint_and_page_handler_is_in_the_matrix()
    {
        var endpoints = await EndpointKeysAsync();
        var rows = AuthorizationMatrix.Rows(fixture.Today, fixture.GrantId).Select(r => r.Key).ToArray();

        var missing = endpoints.Except(rows, StringComparer.Ordinal).Select(k => $"{k}: add it to the matrix (AuthorizationMatrix.cs)");
        var stale = rows.Except(endpoints, StringComparer.Ordinal).Select(k => $"{k}: no such endpoint, remove it from the matrix");
        var twice = rows.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: twice in the matrix");
        var problems = missing.Concat(stale).Concat(twice).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    /// <summary>"GET /path" per method of a minimal API; for a Razor page its GET and each POST handler.</summary>
    private async Task<HashSet<string>> EndpointKeysAsync()
    {
        var loader = fixture.App.Services.GetRequiredService<PageLoader>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in Endpoints)
        {
            var pattern = Pattern(endpoint);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                keys.Add("GET " + pattern);
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
                {
                    keys.Add("POST " + pattern + (handler.Name is null ? "" : "?handler=" + handler.Name.ToLowerInvariant()));
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Count == 0 ? ["GET"] : methods)
            {
                keys.Add(method + " " + pattern);
            }
        }

        return keys;
    }

    [Fact]
    public async Task Each_role_gets_the_expected_outcome_and_no_other_account_changes_patient_As_records()
    {
        var rows = AuthorizationMatrix.Rows(fixture.Today, fixture.GrantId);
        var failures = new List<string>();
        var before = await fixture.SnapshotOfAAsync();
        foreach (var role in Enum.GetValues<Role>())
        {
            var client = fixture.Client(role);
            var token = Html.Antiforgery(await AccountSteps.GetOkAsync(client, "/assess/all"));
            foreach (var row in rows)
            {
                var (outcome, detail) = await SendAsync(fixture, client, row, token);
                if (outcome != row.Expected[role])
                {
                    failures.Add($"{row.Key} as {role}: expected {row.Expected[role]}, got {detail}");
                }
            }

            var after = await fixture.SnapshotOfAAsync();
            // Patient A changes their own records; the clinician A shared with may add an examined version and plan changes.
            var mayChange = role switch
            {
                Role.PatientA => before.Keys.ToArray(),
                Role.ClinicianWithGrant => ["assessments", "adjustments"],
                _ => Array.Empty<string>(),
            };
            failures.AddRange(before.Keys.Except(mayChange).Where(k => before[k] != after[k])
                .Select(k => $"{role}'s requests changed patient A's {k}"));
            before = after;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    internal static async Task<(Outcome? Outcome, string Detail)> SendAsync(AuthorizationMatrixFixture fixture, HttpClient client, MatrixRow row, string token)
    {
        var url = fixture.Fill(row.Pattern) + (row.Handler is null ? "" : "?handler=" + row.Handler);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(url, UriKind.Relative));
        if (row.Json is not null)
        {
            request.Content = new StringContent(row.Json, Encoding.UTF8, row.Pattern.StartsWith("/fhir", StringComparison.Ordinal) ? "application/fhir+json" : "application/json");
        }
        else if (row.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent(row.Form.Append(new("__RequestVerificationToken", token)));
        }

        using var response = await client.SendAsync(request);
        var location = response.Headers.Location;
        var path = location is null ? "" : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        Outcome? outcome = response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Ok,
            HttpStatusCode.Redirect when path.StartsWith("/account/signin", StringComparison.OrdinalIgnoreCase) => Outcome.SignIn,
            HttpStatusCode.Redirect => Outcome.Redirect,
            HttpStatusCode.BadRequest => Outcome.BadRequest,
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.MethodNotAllowed => Outcome.MethodNotAllowed,
            _ => null,
        };
        return (outcome, $"{(int)response.StatusCode}{(location is null ? "" : " to " + location)}");
    }

    [Fact]
    public async Task The_admin_page_shows_counts_but_no_account_or_record()
    {
        using var admin = fixture.App.Browser(); // its own session: the matrix ends with signing out
        await ClinicianTests.SignInClinicianAsync(fixture.App, admin, AuthorizationMatrixFixture.EmailAdmin); // password and authenticator code
        var page = await AccountSteps.GetOkAsync(admin, "/admin");

        Assert.Contains("id=\"knowledge-version\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"database-provider\">Sqlite<", page, StringComparison.Ordinal);
        foreach (var secret in new[] { AuthorizationMatrixFixture.EmailA, AuthorizationMatrixFixture.EmailB, fixture.PatientIdA, fixture.AssessmentId.ToString() })
        {
            Assert.DoesNotContain(secret, page, StringComparison.OrdinalIgnoreCase);
        }
    }
}
