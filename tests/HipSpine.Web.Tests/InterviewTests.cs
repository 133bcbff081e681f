using System.Net;
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

        for (var step = 0; step < 60 && !page.Contains(ResultMarker, StringComparison.Ordinal); step++)
        {
            Assert.Contains("<progress", page, StringComparison.Ordinal);
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

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
}
