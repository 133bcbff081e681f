using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// No developer text on any page a patient sees: every step of the interview, check your answers, the result,
/// the all-questions page, the saved result and its re-run, the plan, exercise sheet, diary, check-in, progress,
/// outcomes, sharing and the account pages are read as a person reads them (tags, scripts and styles out) and
/// fail on finding codes, snake_case ids, paths to the source, "null", "NaN", "True"/"False" and enum names.
/// </summary>
public sealed partial class DeveloperTextTests
{
    [Fact]
    public async Task No_patient_page_shows_codes_ids_or_programming_words()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["home"] = await AccountSteps.GetOkAsync(client, "/"),
            ["sign up"] = await AccountSteps.GetOkAsync(client, "/account/signup"),
            ["sign in"] = await AccountSteps.GetOkAsync(client, "/account/signin"),
            ["forgot password"] = await AccountSteps.GetOkAsync(client, "/account/forgot-password"),
            ["story"] = await AccountSteps.GetOkAsync(client, "/story"),
        };
        await WalkTheInterviewAsync(client, pages);

        var id = await AccountSteps.PersonWithPlanAsync(app, client, "words@example.com",
            new Dictionary<string, string> { ["where.hip"] = "true", ["pain.side"] = "right", ["episode.duration_days"] = "40" });
        var entry = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
        (await client.PostAsync($"/assessments/{id}/diary/entry", entry, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "5"), new("Form.Notes", "Stiff in the morning")])).Dispose();
        Assert.NotEmpty(await ClinicianTests.ShareAsync(client, "all"));
        foreach (var (name, url) in new[]
        {
            ("saved result", $"/assessments/{id}"), ("re-run", $"/assessments/{id}/rerun"), ("plan", $"/assessments/{id}/plan"),
            ("exercise sheet", $"/assessments/{id}/plan/sheet"), ("diary", $"/assessments/{id}/diary"), ("diary entry", $"/assessments/{id}/diary/entry"),
            ("check-in", $"/assessments/{id}/check-in"), ("progress", $"/assessments/{id}/progress"), ("outcomes", $"/assessments/{id}/outcomes"),
            ("account", "/account"), ("sharing", "/account/sharing"), ("activity", "/account/activity"), ("my data", "/account/data"),
            ("password", "/account/password"), ("two-step sign-in", "/account/two-factor"), ("clinician application", "/account/clinician"),
        })
        {
            pages[name] = await AccountSteps.GetOkAsync(client, url);
        }

        var problems = pages.SelectMany(p => DeveloperWords(Visible(p.Value)).Select(w => $"{p.Key}: \"{w}\"")).ToArray();
        Assert.True(problems.Length == 0, "developer text on patient pages:\n" + string.Join("\n", problems));
        Assert.True(pages.Count > 30, $"only {pages.Count} pages were read");
    }

    [Fact]
    public void The_check_finds_each_kind_of_developer_word()
    {
        var text = "where.groin (ready_to_progress) see docs/outcome-measures.md null NaN True False (HipDriven) pain.side hip_oa";
        var found = DeveloperWords(text);
        foreach (var expected in new[] { "where.groin", "ready_to_progress", "docs/", ".md", "null", "NaN", "True", "False", "(HipDriven)", "pain.side", "hip_oa" })
        {
            Assert.Contains(expected, found);
        }

        Assert.Empty(DeveloperWords("Pain in your right hip, e.g. when walking; 5/10. Sent to words@example.com on 1 Jun."));
    }

    /// <summary>Each interview step (about you, body map, every screen), check your answers, the result and the all-questions page.</summary>
    private static async Task WalkTheInterviewAsync(HttpClient client, Dictionary<string, string> pages)
    {
        var page = await AccountSteps.GetOkAsync(client, "/assess");
        pages["about you"] = page;
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "58"), new("sex", "female")]);
        pages["body map"] = page;
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.hip"), new("where", "where.low_back"), new("a.pain.side", "left")]);
        for (var step = 1; step < 60 && !page.Contains("<h1>Check your answers</h1>", StringComparison.Ordinal); step++)
        {
            pages["interview step " + step] = page;
            // A missing answer shows the error summary: read that page too, once.
            if (step == 1)
            {
                pages["interview error"] = await client.PostOkAsync("/assess", page, [new("state", Html.State(page))]);
            }

            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false", new Dictionary<string, string> { ["episode.duration_days"] = "40" }));
        }

        pages["check your answers"] = page;
        pages["result"] = await AccountSteps.GetOkAsync(client, InterviewTests.Link(page, "See my result"));
        var all = await AccountSteps.GetOkAsync(client, "/assess/all");
        pages["all questions"] = all;
        var fields = FormPost.AnswerAll(all, "false", new Dictionary<string, string> { ["systemic.fever"] = "true", ["where.groin"] = "true" });
        fields.Add(new("age", "70"));
        fields.Add(new("sex", "male"));
        pages["urgent result"] = await client.PostOkAsync("/assess/all", all, fields);
    }

    /// <summary>What a person reads: scripts, styles and tags out, entities decoded.</summary>
    private static string Visible(string html)
    {
        var text = Regex.Replace(html, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(text);
    }

    internal static IReadOnlyList<string> DeveloperWords(string text) =>
        DeveloperPattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();

    // Finding codes (prefix.name), snake_case ids, paths to the source, programming values and PascalCase enum names in parentheses.
    [GeneratedRegex("\\b(?:where|pain|episode|stiffness|func|neuro|systemic|local|hx|vascular|visceral|psych|exam|test)\\.[a-z_]+\\b|\\b[a-z0-9]+_[a-z0-9_]+\\b|docs/|\\.md\\b|\\bnull\\b|\\bNaN\\b|\\bTrue\\b|\\bFalse\\b|\\([A-Z][a-z]+[A-Z][A-Za-z]*\\)")]
    private static partial Regex DeveloperPattern();
}
