using HipSpine.Tests.Shared;
using System.Net;
using System.Text;
using System.Text.Json;

namespace HipSpine.Web.Tests;

/// <summary><c>POST /api/extract</c> and the "Tell us in your own words" pages, without a browser.</summary>
public sealed class FreeTextTests
{
    private const string Story = "It started three months ago after gardening, a deep ache in my right groin that goes into my bum, worse when I walk, no pins and needles, I had breast cancer ten years ago.";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Extract_returns_findings_and_mentions_with_spans()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/extract", UriKind.Relative),
            Json(JsonSerializer.Serialize(new { id = "s1", text = Story, age = 58, sex = "female" })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("s1", root.GetProperty("id").GetString());
        var findings = root.GetProperty("findings");
        Assert.True(findings.GetProperty("where.groin").GetBoolean());
        Assert.True(findings.GetProperty("hx.cancer").GetBoolean());
        Assert.False(findings.GetProperty("neuro.leg_numbness_tingling").GetBoolean());
        Assert.Equal(90, findings.GetProperty("episode.duration_days").GetInt32());
        var groin = root.GetProperty("mentions").EnumerateArray().First(m => m.GetProperty("code").GetString() == "where.groin");
        Assert.Equal("groin", Story[groin.GetProperty("start").GetInt32()..groin.GetProperty("end").GetInt32()]);
        Assert.Equal("right", root.GetProperty("side").GetProperty("value").GetString());
        Assert.Equal(0, app.SavedCount());
    }

    [Fact]
    public async Task The_age_in_the_request_reads_a_length_told_from_it()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        const string text = "My lower back has ached since I was 30.";
        using var withAge = await client.PostAsync(new Uri("/api/extract", UriKind.Relative), Json(JsonSerializer.Serialize(new { text, age = 40 })));
        using var withoutAge = await client.PostAsync(new Uri("/api/extract", UriKind.Relative), Json(JsonSerializer.Serialize(new { text })));

        using var read = JsonDocument.Parse(await withAge.Content.ReadAsStringAsync());
        Assert.Equal(3650, read.RootElement.GetProperty("findings").GetProperty("episode.duration_days").GetInt32());
        using var unread = JsonDocument.Parse(await withoutAge.Content.ReadAsStringAsync());
        Assert.False(unread.RootElement.GetProperty("findings").TryGetProperty("episode.duration_days", out _));
    }

    [Fact]
    public async Task The_story_page_reads_a_length_told_from_the_age_given_beside_it()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await client.GetStringAsync(new Uri("/story", UriKind.Relative));
        page = await client.PostOkAsync("/story", page, [new("age", "40"), new("sex", "male"), new("story", "My lower back has ached since I was 30.")]);
        Assert.Matches("name=\"a\\.episode\\.duration_days\"[^>]*value=\"3650\"", page);
    }

    [Theory]
    [InlineData("""{"id":"x"}""", "text")]
    [InlineData("""{"text":42}""", "text")]
    [InlineData("""{"text":"groin","age":5}""", "age")]
    [InlineData("""{"text":"groin","sex":"robot"}""", "sex")]
    [InlineData("""{"text": """, "(json)")]
    [InlineData("""[1,2]""", "(body)")]
    public async Task Bad_input_is_400_problem_details_naming_the_field(string body, string field)
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/extract", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("errors").TryGetProperty(field, out _), doc.RootElement.ToString());
    }

    [Fact]
    public async Task Text_that_is_not_json_is_415()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var response = await client.PostAsync(new Uri("/api/extract", UriKind.Relative), new StringContent("{\"text\":\"groin\"}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task The_story_is_reviewed_then_the_interview_asks_every_red_flag_screen()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var start = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        Assert.Contains("href=\"/story\"", start, StringComparison.Ordinal);

        var page = await client.GetStringAsync(new Uri("/story", UriKind.Relative));
        page = await client.PostOkAsync("/story", page, [new("age", "58"), new("sex", "female"), new("story", Story)]);
        var text = Html.Text(page);
        Assert.Contains("What we understood", text, StringComparison.Ordinal);
        Assert.Contains("You said: no pins and needles", System.Text.RegularExpressions.Regex.Replace(text, "<[^>]+>", ""), StringComparison.Ordinal);
        Assert.Contains("Right side", text, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\" id=\"f-where-groin\" name=\"where\" value=\"where.groin\" checked", page, StringComparison.Ordinal);

        // Hand over what the review shows, unchanged: the interview goes on with the first red-flag screen.
        var fields = new List<KeyValuePair<string, string>>
        {
            new("age", Html.Hidden(page, "age")),
            new("sex", Html.Hidden(page, "sex")),
            new("story.codes", Html.Hidden(page, "story.codes")),
            new("where", "where.groin"),
            new("where", "where.buttock"),
        };
        foreach (var code in Html.Hidden(page, "story.codes").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var value = page.Contains($"name=\"a.{code}\" value=\"true\" checked", StringComparison.Ordinal) ? "true"
                : page.Contains($"name=\"a.{code}\" value=\"false\" checked", StringComparison.Ordinal) ? "false" : null;
            if (value is not null)
            {
                fields.Add(new("a." + code, value));
            }
            else
            {
                var number = System.Text.RegularExpressions.Regex.Match(page, $"name=\"a\\.{code.Replace(".", "\\.", StringComparison.Ordinal)}\"[^>]*value=\"(\\d+)\"");
                fields.Add(new("a." + code, number.Groups[1].Value));
            }
        }

        Assert.Contains("Any past or current cancer", Html.Text(page), StringComparison.Ordinal); // understood, shown as a warning sign
        Assert.DoesNotContain("hx.cancer", Html.Hidden(page, "story.codes"), StringComparison.Ordinal); // a red flag is never handed over
        var interview = await client.PostOkAsync("/assess?handler=story", page, fields);
        Assert.Contains("a.neuro.saddle_numbness", interview, StringComparison.Ordinal); // the first red-flag screen, asked explicitly
        Assert.DoesNotContain("Where does it hurt?", interview, StringComparison.Ordinal); // the body map was answered on the review
    }

    [Fact]
    public async Task An_empty_story_is_refused_with_a_message()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await client.GetStringAsync(new Uri("/story", UriKind.Relative));
        page = await client.PostOkAsync("/story", page, [new("age", "58"), new("sex", "female"), new("story", "  ")]);
        Assert.Contains("Write a few words about your pain", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hand_over_without_an_age_is_refused()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await client.GetStringAsync(new Uri("/story", UriKind.Relative));
        using var response = await client.PostAsync("/assess?handler=story", page, [new("sex", "female")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
