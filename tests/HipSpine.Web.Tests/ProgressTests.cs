using HipSpine.Tests.Shared;
namespace HipSpine.Web.Tests;

public sealed class ProgressTests
{
    [Fact]
    public async Task Three_weeks_of_diary_with_rising_pain_show_charts_summary_decisions_and_book_a_review()
    {
        // Three weeks of one session (a day between requests): sessions here last longer than the default 30 idle minutes.
        using var app = new HipSpineApp(new Dictionary<string, string> { ["Accounts:IdleTimeoutMinutes"] = "2880", ["Accounts:AbsoluteTimeoutHours"] = "720" });
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "progress@example.com");
        var start = app.Clock.GetUtcNow();

        // 21 days: pain 4 for two weeks, then 6 in the third; the first exercise on alternate days, settled next morning.
        for (var day = 0; day < 21; day++)
        {
            app.Clock.SetUtcNow(start.AddDays(day).AddHours(10));
            var form = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/diary/entry");
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Form.At", Html.Hidden(form, "Form.At")),
                new("Form.Pain", day < 14 ? "4" : "6"),
            };
            if (day % 2 == 0)
            {
                fields.Add(new("Form.Exercises[0].ExerciseId", Html.Hidden(form, "Form.Exercises[0].ExerciseId")));
                fields.Add(new("Form.Exercises[0].Done", "true"));
                fields.Add(new("Form.Exercises[0].PainDuring", "3"));
                fields.Add(new("Form.Exercises[0].NextMorning", "yes"));
            }

            using var saved = await client.PostAsync($"/assessments/{id}/diary/entry", form, fields);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        }

        var page = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/progress"));

        Assert.Contains("Book a review", page, StringComparison.Ordinal);
        Assert.Contains("Your pain has gone up by about 2 points over the last 2 weeks", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("Book a review", StringComparison.Ordinal) < page.IndexOf("<h1>", StringComparison.Ordinal));
        Assert.Contains("This week your average pain was 6.0, up from 4.0; you did 4 of", page, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(page, "<svg class=\"chart\"") + (page.Contains("No outcome scores yet", StringComparison.Ordinal) ? 1 : 0));
        Assert.Contains("<title id=\"pain-t\">Pain over time</title>", page, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"adherence-d\">", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Pain over time</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Week 3</th>", page, StringComparison.Ordinal);
        Assert.Contains("Ready to make it harder", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ready_to_progress", page, StringComparison.Ordinal); // the rule id is a developer word
    }

    [Fact]
    public async Task Outcome_scores_are_stored_and_read_against_the_first_score()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "outcomes@example.com");

        var page = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/outcomes");
        Assert.Contains("Public domain", page, StringComparison.Ordinal);
        (await client.PostAsync($"/assessments/{id}/outcomes", page, [new("Measure", "peg3"), new("Date", "2026-05-20"), new("Scores[0]", "7"), new("Scores[1]", "6"), new("Scores[2]", "8")])).Dispose();
        (await client.PostAsync($"/assessments/{id}/outcomes", page, [new("Measure", "peg3"), new("Date", "2026-06-01"), new("Scores[0]", "4"), new("Scores[1]", "4"), new("Scores[2]", "4")])).Dispose();
        var psfs = new List<KeyValuePair<string, string>> { new("Measure", "psfs"), new("Date", "2026-06-01") };
        foreach (var (name, score, i) in new[] { ("walking", "3", 0), ("stairs", "4", 1), ("gardening", "2", 2) })
        {
            psfs.Add(new($"Activities[{i}]", name));
            psfs.Add(new($"Scores[{i}]", score));
        }

        (await client.PostAsync($"/assessments/{id}/outcomes", page, psfs)).Dispose();
        var bad = await client.PostAsync($"/assessments/{id}/outcomes", page, [new("Measure", "nprs"), new("Date", "2026-06-01"), new("Scores[0]", "12")]);
        Assert.Contains("Give every item a number from 0 to 10", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        page = Html.Text(await AccountSteps.GetOkAsync(client, $"/assessments/{id}/outcomes"));
        Assert.Contains("<td>7</td><td>your baseline</td>", Html.Cells(page), StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>3 points better: a meaningful improvement</td>", Html.Cells(page), StringComparison.Ordinal);
        Assert.Contains("<td>3</td><td>your baseline</td>", Html.Cells(page), StringComparison.Ordinal);

        var progress = await AccountSteps.GetOkAsync(client, $"/assessments/{id}/progress");
        Assert.Contains("<caption>Outcome scores</caption>", progress, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
