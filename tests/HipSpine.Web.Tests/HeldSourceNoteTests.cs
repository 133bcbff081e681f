using System.Net;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// The engine lists a source an urgent warning sign screens for in the top three even when later sources are more
/// probable; the result page must say why, or the order would read as a mistake.
/// </summary>
public sealed class HeldSourceNoteTests
{
    private const string Note = "because the warning signs above point to it";

    private static async Task<string> ResultOf(Dictionary<string, string> answers, string age, string sex)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.GetAsync(new Uri("/assess/all", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await response.Content.ReadAsStringAsync();
        var fields = FormPost.AnswerAll(form, "unsure", answers);
        fields.Add(new("age", age));
        fields.Add(new("sex", sex));
        var result = await client.PostOkAsync("/assess/all", form, fields);
        return result[result.IndexOf("<ol class=\"sources\"", StringComparison.Ordinal)..];
    }

    [Fact]
    public async Task Sudden_tearing_back_and_belly_pain_says_why_the_third_cause_is_listed_above_likelier_ones()
    {
        var sources = await ResultOf(new Dictionary<string, string>
        {
            ["where.abdomen"] = "true", ["where.low_back"] = "true", ["pain.tearing_sudden_severe"] = "true", ["episode.onset"] = "sudden",
        }, "67", "female");

        // One heading per cause: items[0] is the list's opening, items[3] the third cause; the note is its and no other's.
        var items = sources.Split("<h3>", StringSplitOptions.None);
        Assert.Contains(Note, items[3], StringComparison.Ordinal);
        Assert.Single(items, i => i.Contains(Note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_result_without_an_urgent_warning_sign_lists_causes_by_likelihood_with_no_note()
    {
        var sources = await ResultOf(new Dictionary<string, string> { ["where.low_back"] = "true" }, "45", "female");
        Assert.DoesNotContain(Note, sources, StringComparison.Ordinal);
    }
}
