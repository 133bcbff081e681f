using System.Net;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class PagesTests
{
    private static async Task<string> GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.True(body.Length < 100_000, $"{url} is {body.Length} characters");
        return body;
    }

    [Fact]
    public async Task The_start_page_says_it_does_not_diagnose_and_shows_the_emergency_signs_first()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = Html.Text(await GetOkAsync(client, "/"));

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Skip to main content", page, StringComparison.Ordinal);
        Assert.Contains("It does not diagnose", page, StringComparison.Ordinal);
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        Assert.NotEmpty(knowledge.WarningSigns);
        Assert.All(knowledge.WarningSigns, sign => Assert.Contains(sign.Text, page, StringComparison.Ordinal));
        Assert.Contains("genitals", page, StringComparison.Ordinal);
        Assert.Contains("fever", page, StringComparison.Ordinal);
        Assert.Contains("tearing", page, StringComparison.Ordinal);

        // A single risk factor is not an emergency: past cancer alone must not be listed as a sign.
        Assert.DoesNotContain("Any past or current cancer", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("genitals", StringComparison.Ordinal) < page.IndexOf("Start the assessment</a>", page.IndexOf("<main", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("href=\"/assess/all\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learn_pages_agree_with_the_knowledge_base()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();

        var learn = await GetOkAsync(client, "/learn");
        foreach (var source in knowledge.Sources)
        {
            Assert.Contains($"href=\"/learn/sources/{source.Id}\"", learn, StringComparison.Ordinal);
            var page = Html.Text(await GetOkAsync(client, "/learn/sources/" + source.Id));
            Assert.Contains(source.Summary, page, StringComparison.Ordinal);
        }

        var doctor = Html.Text(await GetOkAsync(client, "/learn/when-to-see-a-doctor"));
        Assert.All(knowledge.Rules, r => Assert.Contains(r.Name, doctor, StringComparison.Ordinal));

        var connection = Html.Text(await GetOkAsync(client, "/learn/connection"));
        Assert.Equal(7, knowledge.Mechanisms.Count);
        Assert.All(knowledge.Mechanisms, m => Assert.Contains(m.Title, connection, StringComparison.Ordinal));

        var symptoms = await GetOkAsync(client, "/learn/symptoms");
        Assert.Contains("Common symptoms", symptoms, StringComparison.Ordinal);
        using var missing = await client.GetAsync(new Uri("/learn/sources/nope", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_all_questions_page_gives_a_result_and_saving_stores_exactly_one_row()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var form = await GetOkAsync(client, "/assess/all");
        var fields = FormPost.AnswerAll(form, "unsure", new Dictionary<string, string> { ["where.groin"] = "true", ["where.low_back"] = "true" });
        fields.Add(new("age", "66"));
        fields.Add(new("sex", "prefer_not_to_say"));

        var result = await client.PostOkAsync("/assess/all", form, fields);
        Assert.Contains("What may be causing the pain", result, StringComparison.Ordinal);
        Assert.True(result.Length < 100_000);
        Assert.Equal(0, app.SavedCount());

        using var saved = await client.PostAsync("/assessments", result, [new("state", Html.State(result))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var location = saved.Headers.Location!.ToString();
        Assert.Matches("^/assessments/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", location);
        Assert.Equal(1, app.SavedCount());

        var shown = await GetOkAsync(client, location);
        Assert.Contains("Saved on", shown, StringComparison.Ordinal);
        Assert.Contains("What may be causing the pain", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Save this result", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_saved_assessment_is_not_found()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.GetAsync(new Uri("/assessments/" + Guid.NewGuid().ToString("D"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
