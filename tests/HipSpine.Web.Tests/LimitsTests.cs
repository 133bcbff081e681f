using System.Net;
using System.Text;
using System.Text.Json;
using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// What one account can store (docs/reliability.md, "Limits on one account"): dates within a window, finite
/// numbers, daily quotas answered with 429 problem details, Bundles of bounded size, charts of bounded length.
/// The app's clock is 1 June 2026 (<see cref="HipSpineApp.Clock"/>).
/// </summary>
public sealed class LimitsTests
{
    private const string FhirJson = "application/fhir+json";

    private static string Pain(int value, string at) =>
        $$"""
        {"resourceType":"Observation","status":"final",
         "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
         "effectiveDateTime":"{{at}}","valueInteger":{{value}}}
        """;

    private static string Bundle(IEnumerable<string> resources) =>
        """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", resources.Select(r => """{"resource":""" + r + "}")) + "]}";

    private static async Task<(HttpStatusCode Status, string Body)> ImportAsync(HttpClient client, string bundle)
    {
        using var content = new StringContent(bundle, Encoding.UTF8, FhirJson);
        using var response = await client.PostAsync(new Uri("/fhir/Bundle", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int DiaryCount(HipSpineApp app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().DiaryEntries.Count();
    }

    private static async Task<HttpResponseMessage> AddEntryAsync(HttpClient client, Guid id, params KeyValuePair<string, string>[] fields)
    {
        var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
        return await client.PostAsync($"/assessments/{id}/diary/entry", form, fields);
    }

    [Theory]
    [InlineData("0001-01-01T00:00", "cannot be more than 730 days ago")]
    [InlineData("9999-12-31T00:00", "cannot be in the future")]
    [InlineData("2026-06-03T08:00", "cannot be in the future")]
    [InlineData("2024-05-31T08:00", "cannot be more than 730 days ago")]
    public async Task Diary_dates_outside_the_window_are_a_form_error_naming_the_field(string at, string message)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "window@example.com");

        using var refused = await AddEntryAsync(client, id, new("Form.At", at), new("Form.Pain", "4"));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The date of the entry " + message, Html.Text(page), StringComparison.Ordinal);
        Assert.Equal(0, DiaryCount(app));

        // Tomorrow (a time zone ahead) and two years back to the day are still accepted.
        using var tomorrow = await AddEntryAsync(client, id, new("Form.At", "2026-06-02T08:00"), new("Form.Pain", "4"));
        Assert.Equal(HttpStatusCode.Redirect, tomorrow.StatusCode);
        using var oldest = await AddEntryAsync(client, id, new("Form.At", "2024-06-01T08:00"), new("Form.Pain", "4"));
        Assert.Equal(HttpStatusCode.Redirect, oldest.StatusCode);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public async Task Non_finite_sleep_hours_are_refused_with_400_never_500(string hours)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "nan@example.com");

        using var refused = await AddEntryAsync(client, id, new("Form.At", "2026-06-01T08:00"), new("Form.Pain", "4"), new("Form.SleepHours", hours));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Hours of sleep are from 0 to 24.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, DiaryCount(app));
        await AccountSteps.GetOkAsync(client, $"/assessments/{id}/progress");
    }

    [Fact]
    public async Task Outcome_dates_and_plan_starts_outside_the_window_are_refused()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "outcome-window@example.com");

        var outcomes = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/outcomes");
        using (var old = await client.PostAsync($"/assessments/{id}/outcomes", outcomes, [new("Measure", "nprs"), new("Date", "0001-01-01"), new("Scores[0]", "5")]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
            Assert.Contains("The date you filled this in cannot be more than 730 days ago", Html.Text(await old.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var ok = await client.PostAsync($"/assessments/{id}/outcomes", outcomes, [new("Measure", "nprs"), new("Date", "2026-05-01"), new("Scores[0]", "5")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var plan = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan");
        using var start = await client.PostAsync($"/assessments/{id}/plan?handler=start", plan, [new("startDate", "0001-01-01")]);
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Contains("The start date cannot be more than 730 days ago", Html.Text(await start.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_window_is_configurable()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Limits:MaxDaysBack"] = "30" });
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "short-window@example.com");

        using var refused = await AddEntryAsync(client, id, new("Form.At", "2026-04-01T08:00"), new("Form.Pain", "4"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cannot be more than 30 days ago (before 2026-05-02)", Html.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_observation_dated_year_1_is_refused_naming_the_entry_and_nothing_is_stored()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, client, "import-window@example.com");

        var (status, body) = await ImportAsync(client, Bundle([Pain(5, "2026-05-30T08:00:00Z"), Pain(6, "0001-01-01T00:00:00Z"), Pain(6, "9999-12-31T00:00:00Z")]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var outcome = JsonDocument.Parse(body);
        var issues = outcome.RootElement.GetProperty("issue").EnumerateArray().ToArray();
        Assert.Contains(issues, i => i.GetProperty("diagnostics").GetString()!.StartsWith("entry 1: effective: 0001-01-01 is before 2024-06-01", StringComparison.Ordinal)
            && i.GetProperty("expression")[0].GetString() == "Bundle.entry[1].resource.effective");
        Assert.Contains(issues, i => i.GetProperty("diagnostics").GetString() == "entry 2: effective: 9999-12-31 is in the future");
        Assert.Equal(0, DiaryCount(app));
    }

    [Fact]
    public async Task A_bundle_with_more_entries_than_allowed_is_refused_with_400()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Limits:MaxBundleEntries"] = "5" });
        using var client = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, client, "big-bundle@example.com");

        var (status, body) = await ImportAsync(client, Bundle(Enumerable.Range(0, 6).Select(i => Pain(i, "2026-05-30T08:00:00Z"))));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("the Bundle has 6 entries; at most 5 can be imported at once", body, StringComparison.Ordinal);
        Assert.Equal(0, DiaryCount(app));
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(client, Bundle(Enumerable.Range(0, 5).Select(i => Pain(i, "2026-05-30T08:00:00Z"))))).Status);
    }

    [Fact]
    public async Task Diary_entries_past_the_daily_quota_get_429_problem_details_and_the_next_day_is_free_again()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Limits:DiaryEntriesPerDay"] = "3" });
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "diary-quota@example.com");
        for (var i = 0; i < 3; i++)
        {
            using var added = await AddEntryAsync(client, id, new("Form.At", "2026-06-01T08:00"), new("Form.Pain", "4"));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var refused = await AddEntryAsync(client, id, new("Form.At", "2026-06-01T08:00"), new("Form.Pain", "4")))
        {
            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(refused.Headers.RetryAfter);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Contains("at most 3 diary entries in 24 hours", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // The import counts against the same quota; nothing of a refused import is stored.
        var (status, body) = await ImportAsync(client, Bundle([Pain(5, "2026-05-30T08:00:00Z")]));
        Assert.Equal((HttpStatusCode)429, status);
        Assert.Contains("throttled", body, StringComparison.Ordinal);
        Assert.Equal(3, DiaryCount(app));

        app.Clock.Advance(TimeSpan.FromHours(25));
        (await AccountSteps.SignInAsync(client, "diary-quota@example.com")).Dispose(); // a day later the session has ended
        using var nextDay = await AddEntryAsync(client, id, new("Form.At", "2026-06-02T08:00"), new("Form.Pain", "4"));
        Assert.Equal(HttpStatusCode.Redirect, nextDay.StatusCode);
    }

    [Fact]
    public async Task Assessments_past_the_daily_quota_get_429_and_are_not_stored()
    {
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Limits:AssessmentsPerDay"] = "2" });
        using var client = app.Browser();
        using (var signedUp = await AccountSteps.SignUpAsync(client, "assess-quota@example.com"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        var result = await AccountSteps.ResultAsync(client);
        await AccountSteps.SaveToAccountAsync(client, result);
        await AccountSteps.SaveToAccountAsync(client, result);
        using var refused = await client.PostAsync("/assessments", result, [new("state", Html.State(result))]);
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, app.SavedCount());
    }

    [Fact]
    public async Task The_progress_page_of_a_plan_started_two_years_ago_draws_at_most_the_last_year()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "long-plan@example.com");
        var plan = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/plan");
        using (var started = await client.PostAsync($"/assessments/{id}/plan?handler=start", plan, [new("startDate", "2024-06-02")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var progress = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/progress");
        Assert.DoesNotContain(">Week 1<", progress, StringComparison.Ordinal);
        Assert.Contains(">Week 105<", progress, StringComparison.Ordinal); // the current plan week
        Assert.True(System.Text.RegularExpressions.Regex.Matches(progress, "<th scope=\"row\">Week [0-9]+<").Count <= 54, "at most a year of plan weeks");
    }
}
