using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Web.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// Every link and form on every page leads somewhere: links are generated from page and endpoint names
/// (<c>asp-page</c>, <c>asp-route</c>), so a renamed route shows up here as an empty or dead address, not to a person.
/// </summary>
public sealed partial class LinkCrawlTests(AuthorizationMatrixFixture fixture) : IClassFixture<AuthorizationMatrixFixture>
{
    /// <summary>The accounts whose pages differ: signed out, the patient, the clinician the patient shared with, the administrator.</summary>
    public static TheoryData<Role> Roles => new(Role.Anonymous, Role.PatientA, Role.ClinicianWithGrant, Role.Admin);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_link_and_form_action_on_every_page_resolves(Role role)
    {
        var client = fixture.Client(role);
        var failures = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal); // form action -> the page it is on
        var queue = new Queue<(string Url, string From)>(Seeds(role).Select(url => (url, "(start)")));
        while (queue.TryDequeue(out var next))
        {
            if (!visited.Add(next.Url))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(next.Url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                failures.Add($"GET {next.Url} (linked from {next.From}): 404");
                continue;
            }

            if (response.StatusCode == HttpStatusCode.Redirect && Local(response.Headers.Location?.OriginalString) is { } location)
            {
                queue.Enqueue((location, next.Url));
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            foreach (Match link in Address().Matches(html))
            {
                var value = WebUtility.HtmlDecode(link.Groups["url"].Value);
                if (value.Length == 0)
                {
                    failures.Add($"{next.Url}: an empty {link.Groups["attr"].Value} (a page or route name that does not exist)");
                }
                else if (Local(value) is { } url && (link.Groups["attr"].Value == "href" || link.Value.Contains("method=\"get\"", StringComparison.Ordinal)))
                {
                    // A link, or a form that only reads (method="get"): followed like a link, without its fields.
                    queue.Enqueue((url, next.Url));
                }
                else if (Local(value) is { } action)
                {
                    forms.TryAdd(action, next.Url);
                }
            }
        }

        // Forms are posted without their antiforgery token: refused (400), or sent to sign in, but never 404, and nothing changes.
        foreach (var (action, from) in forms)
        {
            using var content = new FormUrlEncodedContent([]);
            using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
            {
                failures.Add($"POST {action} (form on {from}): {(int)response.StatusCode}");
            }
        }

        Assert.True(visited.Count > 10, $"only {visited.Count} pages visited");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_sign_in_path_of_the_cookie_is_the_sign_in_page()
    {
        var links = fixture.App.Services.GetRequiredService<LinkGenerator>();
        Assert.Equal(AccountServices.SignInPath, links.GetPathByPage("/Accounts/SignIn"));
    }

    /// <summary>Every page the role may open (pages no link reaches are visited too), with patient A's ids.</summary>
    private IEnumerable<string> Seeds(Role role) =>
        AuthorizationMatrix.Rows(fixture.Today, fixture.GrantId)
            .Where(r => r.Method == "GET" && r.Expected[role] == Outcome.Ok && !r.Pattern.StartsWith("/fhir/{", StringComparison.Ordinal))
            .Select(r => fixture.Fill(r.Pattern));

    /// <summary>A path on this site without its fragment, or null for other sites, <c>tel:</c> and in-page links.</summary>
    private static string? Local(string? url) =>
        url is null || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) ? null : url.Split('#')[0];

    [GeneratedRegex("""<(?:a|form|button|link)\b[^>]*?\s(?<attr>href|action|formaction)="(?<url>[^"]*)""")]
    private static partial Regex Address();
}
