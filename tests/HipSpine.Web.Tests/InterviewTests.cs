using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

public sealed class InterviewTests
{
    private const string ResultMarker = "What may be causing the pain";

    private static async Task<string> StartAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        Assert.Contains("Your age in years", page, StringComparison.Ordinal);
        return await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "58"), new("sex", "female")]);
    }

    private static Task<string> BodyMapAsync(HttpClient client, string page) =>
        client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.groin"), new("where", "where.low_back")]);

    [Fact]
    public async Task Answering_no_to_every_warning_sign_walks_through_to_a_result()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await StartAsync(client);
        Assert.Contains("Where does it hurt?", page, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\" id=\"f-where-groin\" name=\"where\"", page, StringComparison.Ordinal);
        page = await BodyMapAsync(client, page);

        var progress = 0;
        for (var step = 0; step < 60 && !page.Contains("<h1>Check your answers</h1>", StringComparison.Ordinal); step++)
        {
            var value = int.Parse(Regex.Match(page, "<progress id=\"progress\" max=\"\\d+\" value=\"(\\d+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(value > progress, $"the progress bar went from {progress} to {value}");
            progress = value;
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        Assert.Contains("<h1>Check your answers</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Groin", Html.Text(page), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">Change<span class=\"visually-hidden\">", page, StringComparison.Ordinal);
        page = await AccountSteps.GetOkAsync(client, Link(page, "See my result"));
        Assert.Contains(ResultMarker, page, StringComparison.Ordinal);
        Assert.Contains("Save this result", page, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.True(page.Length < 100_000);
        Assert.Equal(0, app.SavedCount()); // anonymous results are not stored
    }

    [Fact]
    public async Task Saddle_numbness_stops_the_interview_with_emergency_advice()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await BodyMapAsync(client, await StartAsync(client));
        for (var step = 0; step < 10 && !page.Contains("a.neuro.saddle_numbness", StringComparison.Ordinal); step++)
        {
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        page = await client.PostOkAsync("/assess", page,
            FormPost.AnswerAll(page, "false", new Dictionary<string, string> { ["neuro.saddle_numbness"] = "true" }));

        Assert.Contains("role=\"alert\"", page, StringComparison.Ordinal);
        Assert.Contains("Emergency: get help now", page, StringComparison.Ordinal);
        Assert.Contains("We stopped the questions", page, StringComparison.Ordinal);
        Assert.Contains("Call an ambulance", Html.Text(page), StringComparison.Ordinal);
    }

    /// <summary>The address of the link with this text (HTML-decoded).</summary>
    internal static string Link(string page, string text)
    {
        var match = Regex.Match(page, "href=\"([^\"]+)\"[^>]*>" + Regex.Escape(text));
        Assert.True(match.Success, "no link " + text);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task Each_step_has_its_own_address_and_a_step_reached_again_keeps_its_answers()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var bodyMap = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        using (var posted = await client.PostAsync("/assess", bodyMap, [new("state", Html.State(bodyMap)), new("age", "58"), new("sex", "female")]))
        {
            // Post/redirect/get: the next step is a GET of its own address, so Back and Forward never resubmit.
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.StartsWith("/assess?s=", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
            bodyMap = await AccountSteps.GetOkAsync(client, posted.Headers.Location.OriginalString);
        }

        var questions = await BodyMapAsync(client, bodyMap);
        Assert.DoesNotContain("Where does it hurt?", questions, StringComparison.Ordinal);

        // The Back button, and the body map's own address again (the browser's Back): groin is still ticked.
        var back = await client.PostOkAsync("/assess", questions, [new("state", Html.State(questions)), new("back", "1")]);
        Assert.Matches("id=\"f-where-groin\" name=\"where\" value=\"where.groin\" checked", back);
        var again = await AccountSteps.GetOkAsync(client, "/assess?s=" + Uri.EscapeDataString(Html.State(bodyMap)));
        Assert.Matches("id=\"f-where-groin\" name=\"where\" value=\"where.groin\" checked", again);
        var aboutYou = await client.PostOkAsync("/assess", again, [new("state", Html.State(again)), new("back", "1")]);
        Assert.Contains("value=\"58\"", aboutYou, StringComparison.Ordinal);

        // A fresh start forgets them.
        Assert.DoesNotContain("value=\"58\"", await AccountSteps.GetOkAsync(client, "/assess"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_step_address_is_rejected()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.GetAsync(new Uri("/assess?s=not-a-state", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_step()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var bodyMap = await StartAsync(client);

        var page = await client.PostOkAsync("/assess", bodyMap, [new("state", Html.State(bodyMap)), new("back", "1")]);

        Assert.Contains("Your age in years", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_answer_shows_an_error_and_does_not_advance()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await BodyMapAsync(client, await StartAsync(client));
        var fields = FormPost.AnswerAll(page, "false");
        var first = fields.First(f => f.Key.StartsWith("a.", StringComparison.Ordinal)).Key;
        fields.RemoveAll(f => f.Key == first);
        fields.Add(new(first, "maybe"));

        var again = await client.PostOkAsync("/assess", page, fields);

        Assert.Contains("Choose Yes, No or Not sure.", again, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", again, StringComparison.Ordinal); // the error summary
        Assert.Contains("<title>Error: ", again, StringComparison.Ordinal);
        Assert.Contains("errorfocus.js", again, StringComparison.Ordinal);
        // The summary names the question it is about and links to its first answer.
        var code = first["a.".Length..];
        Assert.Matches($"<a href=\"#f-{Regex.Escape(code.Replace('.', '-'))}\">[^<]+ Choose Yes, No or Not sure.</a>", again);
        Assert.Equal(Html.Answers(page), Html.Answers(again));
    }

    [Fact]
    public async Task A_missing_age_is_refused()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));

        var again = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "abc"), new("sex", "male")]);

        Assert.Contains("Enter your age in whole years", again, StringComparison.Ordinal);
        Assert.Contains("Your age in years", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_state_field_is_rejected()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await StartAsync(client);
        var state = Html.State(page);
        var tampered = state[..^3] + (state[^3] == 'A' ? 'B' : 'A') + state[^2..];

        using var response = await client.PostAsync("/assess", page, [new("state", tampered), new("where", "where.groin")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_duration_is_a_number_and_a_unit()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var form = await client.GetStringAsync(new Uri("/assess/all", UriKind.Relative));
        Assert.Contains("name=\"unit.episode.duration_days\"", form, StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("age", "40"), new("sex", "female"), new("a.episode.duration_days", "3"), new("unit.episode.duration_days", "weeks"),
        };
        Assert.Contains("<h2", await client.PostOkAsync("/assess/all", form, fields), StringComparison.Ordinal);
        var knowledge = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<HipSpine.Engine.Knowledge.KnowledgeBase>(app.Services);
        var question = knowledge.FindQuestion("episode.duration_days")!;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var read = HipSpine.Web.Assessments.AnswerForm.ReadQuestions([question], new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["a.episode.duration_days"] = "3", ["unit.episode.duration_days"] = "weeks",
        }), errors);
        Assert.Empty(errors);
        Assert.Equal("21", read["episode.duration_days"]);

        var tooLong = await client.PostOkAsync("/assess/all", form, [new("age", "40"), new("sex", "female"), new("a.episode.duration_days", "200"), new("unit.episode.duration_days", "years")]);
        Assert.Contains("Enter how long, up to 100 years", tooLong, StringComparison.Ordinal);
    }
}
