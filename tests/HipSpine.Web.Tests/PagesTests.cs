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
    public async Task The_start_page_says_it_does_not_diagnose_and_shows_start_then_the_emergency_signs()
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
        // Start comes first (on a phone's first screen); the signs follow it, open but foldable, before any question.
        var main = page.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(page.IndexOf("Start the assessment</a>", main, StringComparison.Ordinal) < page.IndexOf("genitals", StringComparison.Ordinal));
        Assert.Contains("<details open>", page, StringComparison.Ordinal);
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

        foreach (var treatment in knowledge.Care.Treatments)
        {
            Assert.Contains($"href=\"/learn/treatments/{treatment.Id}\"", learn, StringComparison.Ordinal);
            var page = Html.Text(await GetOkAsync(client, "/learn/treatments/" + treatment.Id));
            Assert.Contains(Html.Text(treatment.Summary), page, StringComparison.Ordinal);
        }

        var doctor = Html.Text(await GetOkAsync(client, "/learn/when-to-see-a-doctor"));
        Assert.All(knowledge.Rules, r => Assert.Contains(r.Name, doctor, StringComparison.Ordinal));
        foreach (var level in knowledge.Rules.GroupBy(r => r.Urgency))
        {
            // Each level's page explains every sign at that level and says what to do, and nothing of the other levels.
            var page = Html.Text(await GetOkAsync(client, "/learn/when-to-see-a-doctor/" + level.Key));
            Assert.All(level, r => Assert.Contains(r.Advice, page, StringComparison.Ordinal));
            Assert.All(level, r => Assert.Contains(r.Explanation, page, StringComparison.Ordinal));
            Assert.All(knowledge.Rules.Where(r => r.Urgency != level.Key), r => Assert.DoesNotContain(r.Advice, page, StringComparison.Ordinal));
        }

        using var noLevel = await client.GetAsync(new Uri("/learn/when-to-see-a-doctor/self_care", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, noLevel.StatusCode);

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
    public async Task Fever_with_back_pain_shows_spinal_infection_to_rule_out_first_with_a_phone_link_and_the_causes_list_secondary()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var form = await GetOkAsync(client, "/assess/all");
        var fields = FormPost.AnswerAll(form, "unsure", new Dictionary<string, string> { ["systemic.fever"] = "true", ["where.low_back"] = "true" });
        fields.Add(new("age", "45"));
        fields.Add(new("sex", "male"));

        var result = await client.PostOkAsync("/assess/all", form, fields);
        var main = result[result.IndexOf("<main", StringComparison.Ordinal)..];
        var ruleOut = main.IndexOf("Doctors need to rule out: an infection in the spine", StringComparison.Ordinal);
        Assert.True(ruleOut > 0, "the rule-out line is missing");
        // Nothing of the result comes before the rule-out line: it is the first thing in the urgency box.
        Assert.True(main.IndexOf("class=\"urgency", StringComparison.Ordinal) < ruleOut);
        Assert.True(main.IndexOf("<h1", StringComparison.Ordinal) > ruleOut, "the rule-out line comes before the headline");
        Assert.Contains("href=\"tel:999\"", main, StringComparison.Ordinal);
        Assert.True(main.IndexOf("<details><summary>Show the list of possible causes", StringComparison.Ordinal) > ruleOut, "the causes list is collapsed below the reason");
        Assert.DoesNotContain("You were not sure about these warning signs", main[..ruleOut], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emergency_stop_shows_one_action_and_says_the_questions_stopped_instead_of_a_not_sure_list()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var form = await GetOkAsync(client, "/assess/all");
        var fields = FormPost.AnswerAll(form, "unsure", new Dictionary<string, string>
        {
            ["neuro.saddle_numbness"] = "true", ["where.low_back"] = "true", ["episode.worsening"] = "true",
        });
        fields.Add(new("age", "50"));
        fields.Add(new("sex", "female"));

        var result = await client.PostOkAsync("/assess/all", form, fields);
        var box = result[result.IndexOf("class=\"urgency", StringComparison.Ordinal)..result.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Doctors need to rule out: pressure on the nerves at the bottom of the spine", box, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:", box, StringComparison.Ordinal);
        // The advice of the lower-urgency rule (worsening pain: book within 1-2 weeks) is not repeated in the emergency box.
        Assert.DoesNotContain("within the next 1 to 2 weeks", box, StringComparison.Ordinal);
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
