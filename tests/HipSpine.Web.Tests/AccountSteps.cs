using System.Net;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>What a person does in the browser, as small steps the account, plan and diary tests share.</summary>
internal static class AccountSteps
{
    public const string Password = "correct horse battery";

    public static async Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string password = Password)
    {
        var page = await client.GetStringAsync(new Uri("/account/signup", UriKind.Relative));
        return await client.PostAsync("/account/signup", page, [new("Email", email), new("Password", password), new("ConfirmPassword", password)]);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var page = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        return await client.PostAsync("/account/signin", page, [new("Email", email), new("Password", password)]);
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

    public static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.True(body.Length < 100_000, $"{url} is {body.Length} characters");
        return body;
    }
}
