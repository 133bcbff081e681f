using System.Net;
using HipSpine.Tests.Shared;
using Xunit.Abstractions;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// Two HipSpine processes behind nginx (round robin) on one PostgreSQL database, as docs/deployment.md describes.
/// A person's sign-in cookie, antiforgery tokens and interview state are protected with DataProtection keys kept
/// in the database, so whichever instance serves the next request can read what the other one wrote; and when
/// one instance dies, nginx sends everything to the other and the person does not notice.
/// </summary>
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private const string ResultMarker = "What may be causing the pain";
    private const string SignedInMarker = "<a href=\"/account\">My account</a>";

    [Fact]
    public async Task A_signed_in_interview_carries_on_across_alternating_instances_and_after_one_is_killed()
    {
        // Both instances start at once on the empty database: migrations and the first key must not race.
        using var deployment = await Deployment.StartAsync(output, ["one", "two"]);
        Assert.Equal(1, deployment.Database.Count("SELECT count(*) FROM \"DataProtectionKeys\""));
        var one = deployment.Instances[0];

        var served = new List<string>();
        using var client = Browser(deployment.Address, served);

        // Sign up and start the interview while nginx alternates: each form was rendered by the other instance.
        const string email = "scale.out@example.org";
        var signUp = await client.GetStringAsync(new Uri("/account/signup", UriKind.Relative));
        using (var signedUp = await client.PostAsync("/account/signup", signUp,
            [new("Email", email), new("Password", "correct horse battery"), new("ConfirmPassword", "correct horse battery")]))
        {
            Assert.Contains("id=\"check-email\"", await signedUp.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await ConfirmEmailAsync(client, email);
        var signIn = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        using (var signedIn = await client.PostAsync("/account/signin", signIn, [new("Email", email), new("Password", "correct horse battery")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.Contains($"Signed in as <strong>{email}</strong>", await client.GetStringAsync(new Uri("/account", UriKind.Relative)), StringComparison.Ordinal);
        var page = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "58"), new("sex", "female")]);
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.groin"), new("where", "where.low_back")]);
        var screensBefore = 0;
        for (; screensBefore < 3 && !page.Contains(ResultMarker, StringComparison.Ordinal); screensBefore++)
        {
            Assert.Contains(SignedInMarker, page, StringComparison.Ordinal);
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        Assert.Equal(3, screensBefore); // still asking: the interview is part-way when instance "one" dies
        Assert.DoesNotContain(ResultMarker, page, StringComparison.Ordinal);
        Assert.True(served.Count >= 8, $"only {served.Count} requests");
        for (var i = 1; i < served.Count; i++)
        {
            Assert.True(served[i] != served[i - 1], $"requests {i - 1} and {i} were both served by '{served[i]}': {string.Join(", ", served)}");
        }

        Assert.Equal(["one", "two"], served.Distinct().Order(StringComparer.Ordinal));

        // Instance "one" dies part-way; nginx fails over and the person carries on to the result and saves it.
        one.Kill();
        var beforeKill = served.Count;
        for (var step = 0; step < 60 && !page.Contains(ResultMarker, StringComparison.Ordinal); step++)
        {
            Assert.Contains(SignedInMarker, page, StringComparison.Ordinal);
            var check = System.Text.RegularExpressions.Regex.Match(page, "href=\"([^\"]+)\"[^>]*>See my result");
            page = check.Success // "Check your answers", then the result (a GET of the last step's address)
                ? await client.GetStringAsync(new Uri(System.Net.WebUtility.HtmlDecode(check.Groups[1].Value), UriKind.Relative))
                : await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        Assert.Contains(ResultMarker, page, StringComparison.Ordinal);
        Assert.Contains("Saving stores your answers and this result in your account", page, StringComparison.Ordinal);
        Guid id;
        using (var saved = await client.PostAsync("/assessments", page, [new("state", Html.State(page))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            id = Guid.Parse(saved.Headers.Location!.ToString()["/assessments/".Length..]);
        }

        Assert.Contains(ResultMarker, await client.GetStringAsync(new Uri($"/assessments/{id}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains($"href=\"/assessments/{id}\"", await client.GetStringAsync(new Uri("/account", UriKind.Relative)), StringComparison.Ordinal);
        Assert.All(served.Skip(beforeKill), instance => Assert.Equal("two", instance));
        Assert.Equal(1, deployment.Database.Count("SELECT count(*) FROM \"SavedAssessments\""));
    }

    /// <summary>A browser without a JavaScript engine: cookies kept, redirects shown, each response's instance noted.</summary>
    /// <summary>
    /// Follows the newest confirmation link mailed to <paramref name="email"/> (the sink also holds earlier runs'
    /// mail to the same address, whose links confirm nothing here) and presses "Confirm my email".
    /// </summary>
    private static async Task ConfirmEmailAsync(HttpClient client, string email)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var link = await HipSpine.Tests.Mail.SinkMail.NextConfirmationLinkAsync(email, tried);
            tried.Add(link);
            var page = await client.GetStringAsync(new Uri(link, UriKind.Relative));
            var confirmed = await client.PostOkAsync("/account/confirm-email", page, [new("UserId", Html.Hidden(page, "UserId")), new("Code", Html.Hidden(page, "Code"))]);
            if (confirmed.Contains("id=\"email-confirmed\"", StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    private static HttpClient Browser(Uri baseAddress, List<string> served)
    {
        var cookies = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(new InstanceRecorder(served) { InnerHandler = cookies }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Notes which instance served each response (X-HipSpine-Instance), failing when one did not say.</summary>
    private sealed class InstanceRecorder(List<string> served) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Assert.True(response.Headers.TryGetValues("X-HipSpine-Instance", out var names), $"{request.Method} {request.RequestUri}: no X-HipSpine-Instance header ({(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)})");
            served.Add(names.Single());
            return response;
        }
    }
}
