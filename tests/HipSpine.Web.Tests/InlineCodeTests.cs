using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>The Content-Security-Policy forbids inline script and style: no page may need them.</summary>
public sealed partial class InlineCodeTests
{
    [Fact]
    public async Task No_page_has_inline_script_style_or_event_handlers()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/", "/assess", "/assess/all", "/learn"]);
        while (queue.Count > 0 && pages.Count < 500)
        {
            var url = queue.Dequeue();
            if (pages.ContainsKey(url))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                pages[url] = "";
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            pages[url] = html;
            foreach (Match link in Link().Matches(html))
            {
                queue.Enqueue(WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0]);
            }
        }

        // Pages reached only by a form: the result and a saved result.
        var form = pages["/assess/all"];
        var fields = FormPost.AnswerAll(form, "unsure", new Dictionary<string, string> { ["where.groin"] = "true" });
        fields.Add(new("age", "50"));
        fields.Add(new("sex", "female"));
        var result = await client.PostOkAsync("/assess/all", form, fields);
        pages["POST /assess/all"] = result;
        using var saved = await client.PostAsync("/assessments", result, [new("state", Html.State(result))]);
        var location = saved.Headers.Location!.ToString();
        pages[location] = await client.GetStringAsync(new Uri(location, UriKind.Relative));

        Assert.True(pages.Count(p => p.Value.Length > 0) >= 10, "the crawl found too few pages: " + string.Join(", ", pages.Keys));
        foreach (var (url, html) in pages)
        {
            foreach (Match script in ScriptTag().Matches(html))
            {
                Assert.True(script.Value.Contains(" src=", StringComparison.Ordinal), $"{url}: inline script {script.Value}");
            }

            Assert.False(InlineScriptBody().IsMatch(html), $"{url}: a <script> element with content");
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.False(StyleAttribute().IsMatch(html), $"{url}: a style attribute");
            Assert.False(EventAttribute().IsMatch(html), $"{url}: an inline event handler {EventAttribute().Match(html).Value}");
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex("href=\"(/[^/\"][^\"]*|/)\"")]
    private static partial Regex Link();

    [GeneratedRegex("<script\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script\\b[^>]*>\\s*[^<\\s]", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptBody();

    [GeneratedRegex("<[a-z][^>]*\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
