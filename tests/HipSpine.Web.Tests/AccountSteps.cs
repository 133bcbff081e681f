using System.Net;
using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>What a person does in the browser, as small steps the account, plan and diary tests share.</summary>
internal static class AccountSteps
{
    public const string Password = "correct horse battery";

    /// <summary>
    /// Signs up as a person does: the form, the confirmation link from the mail (through the local SMTP sink), then
    /// sign-in. The answer of the sign-in (a redirect with the session cookie); the sign-up page itself when it
    /// refused the form, or when the address already had an account (nothing to confirm).
    /// </summary>
    public static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string password = Password) =>
        SignUpAsync(client, email, password, []);

    /// <summary>The same, with more fields of the sign-up form (<c>IsClinician</c>, a carried <c>State</c>).</summary>
    public static async Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string password, IReadOnlyList<KeyValuePair<string, string>> more)
    {
        var signedUp = await SignUpUnconfirmedAsync(client, email, password, more);
        var app = HipSpineApp.Of(client);
        if (!await IsCheckYourEmailAsync(signedUp) || await EmailConfirmedAsync(app, email))
        {
            return signedUp;
        }

        signedUp.Dispose();
        return await SignInAsync(client, await ConfirmEmailAsync(app, client, email), email, password);
    }

    /// <summary>Only the sign-up form: the "check your email" page (or the form with its errors); the account waits for its link.</summary>
    public static async Task<HttpResponseMessage> SignUpUnconfirmedAsync(HttpClient client, string email, string password = Password, IReadOnlyList<KeyValuePair<string, string>>? more = null)
    {
        var page = await client.GetStringAsync(new Uri("/account/signup", UriKind.Relative));
        return await client.PostAsync("/account/signup", page, [new("Email", email), new("Password", password), new("ConfirmPassword", password), .. more ?? []]);
    }

    /// <summary>Opens the confirmation link mailed to the account of <paramref name="email"/> and presses "Confirm my email": the page's "Sign in" link.</summary>
    public static async Task<string> ConfirmEmailAsync(HipSpineApp app, HttpClient client, string email)
    {
        var link = await MailSink.ConfirmationLinkAsync(email, await VerifiedClinicianTests.UserIdAsync(app, email));
        var page = await GetOkAsync(client, link);
        var confirmed = await client.PostOkAsync("/account/confirm-email", page,
            [new("UserId", Html.Hidden(page, "UserId")), new("Code", Html.Hidden(page, "Code")), new("Then", Html.Hidden(page, "Then"))]);
        Assert.Contains("id=\"email-confirmed\"", confirmed, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(confirmed[confirmed.IndexOf("<main", StringComparison.Ordinal)..], "<a href=\"(/account/signin[^\"]*)\">Sign in</a>").Groups[1].Value);
    }

    private static async Task<bool> IsCheckYourEmailAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("id=\"check-email\"", StringComparison.Ordinal);

    private static async Task<bool> EmailConfirmedAsync(HipSpineApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().Users.AnyAsync(u => u.NormalizedEmail == normalized && u.EmailConfirmed);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password) =>
        SignInAsync(client, "/account/signin", email, password);

    /// <summary>Signs in on the page at <paramref name="url"/> (a link with a <c>ReturnUrl</c>).</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string url, string email, string password)
    {
        var page = await GetOkAsync(client, url);
        return await client.PostAsync("/account/signin", page, [new("Email", email), new("Password", password), new("ReturnUrl", Html.Hidden(page, "ReturnUrl"))]);
    }

    /// <summary>The all-questions page answered "not sure" except the given answers: the result page.</summary>
    public static async Task<string> ResultAsync(HttpClient client, IReadOnlyDictionary<string, string>? answers = null)
    {
        var form = await client.GetStringAsync(new Uri("/assess/all", UriKind.Relative));
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal) { ["where.groin"] = "true", ["where.low_back"] = "true" };
        foreach (var (k, v) in answers ?? new Dictionary<string, string>())
        {
            overrides[k] = v;
        }

        var fields = FormPost.AnswerAll(form, "false", overrides);
        fields.Add(new("age", "52"));
        fields.Add(new("sex", "female"));
        return await client.PostOkAsync("/assess/all", form, fields);
    }

    /// <summary>Signs up, takes an assessment, saves it to the account and starts its plan: the assessment id.</summary>
    public static async Task<Guid> PersonWithPlanAsync(HipSpineApp app, HttpClient client, string email, IReadOnlyDictionary<string, string>? answers = null)
    {
        using (var signedUp = await SignUpAsync(client, email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        var id = await SaveToAccountAsync(client, await ResultAsync(client, answers));
        var plan = await client.GetStringAsync(new Uri($"/assessments/{id}/plan", UriKind.Relative));
        var start = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var started = await client.PostAsync($"/assessments/{id}/plan?handler=start", plan, [new("startDate", start)]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return id;
    }

    public static async Task<Guid> SaveToAccountAsync(HttpClient client, string result)
    {
        using var saved = await client.PostAsync("/assessments", result, [new("state", Html.State(result))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return Guid.Parse(saved.Headers.Location!.ToString()["/assessments/".Length..]);
    }

    /// <summary>The signed-in person's patient id, as their account page shows it (the id FHIR and the clinician pages use).</summary>
    public static async Task<string> PatientIdAsync(HttpClient client) => PatientId(await GetOkAsync(client, "/account"));

    /// <summary>The patient id on an account page already fetched.</summary>
    public static string PatientId(string accountPage) =>
        System.Text.RegularExpressions.Regex.Match(accountPage, "Your patient id: <code>([^<]+)</code>").Groups[1].Value;

    public static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.True(body.Length < 100_000, $"{url} is {body.Length} characters");
        return body;
    }
}
