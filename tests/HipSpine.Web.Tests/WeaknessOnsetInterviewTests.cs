using System.Net;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// Knowledge 1.82.0: when the leg weakness began (<c>neuro.weakness_new</c>) is a follow-up on its own step, with its
/// why, asked only after a leg weakness is answered yes; a person without a weakness never sees it.
/// </summary>
public sealed class WeaknessOnsetInterviewTests
{
    private const string Field = "a.neuro.weakness_new";
    private const string Question = "Did the weakness in your leg or legs begin in the last two weeks, or get suddenly worse in that time?";
    private const string Why = "A weakness that is new, even after a long time with back pain, can mean a nerve or the spinal cord is being squeezed now";

    [Fact]
    public async Task A_told_leg_weakness_brings_the_follow_up_with_its_why_and_a_yes_is_seen_the_same_day()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await WalkAsync(client, "true");
        Assert.Contains(Field, page, StringComparison.Ordinal);
        var text = WebUtility.HtmlDecode(Html.Text(page));
        Assert.Contains(Question, text, StringComparison.Ordinal);
        Assert.Contains(Why, text, StringComparison.Ordinal);

        // A new weakness of one leg with back pain: progressive_neuro_deficit, urgent (the same day).
        page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "true"));
        for (var step = 0; step < 60 && !page.Contains("<h1>Check your answers</h1>", StringComparison.Ordinal); step++)
        {
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        page = await AccountSteps.GetOkAsync(client, InterviewTests.Link(page, "See my result"));
        Assert.Contains("<h1 id=\"urgency-title\">Urgent: see a doctor within 24 hours</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_leg_weakness_never_brings_the_follow_up()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await WalkAsync(client, "false");
        Assert.DoesNotContain(Field, page, StringComparison.Ordinal);
        Assert.Contains("<h1>Check your answers</h1>", page, StringComparison.Ordinal);
    }

    /// <summary>Low back pain, one leg (both legs not ticked); every answer "no" but the leg weakness, until the follow-up or the end.</summary>
    private static async Task<string> WalkAsync(HttpClient client, string legWeakness)
    {
        var page = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "47"), new("sex", "male")]);
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.low_back"), new("where", "where.back_of_thigh")]);
        var answers = new Dictionary<string, string> { ["neuro.leg_weakness"] = legWeakness };
        for (var step = 0; step < 60 && !page.Contains(Field, StringComparison.Ordinal)
            && !page.Contains("<h1>Check your answers</h1>", StringComparison.Ordinal); step++)
        {
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false", answers));
        }

        return page;
    }
}
