using System.Text.Json;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// The stylesheet and scripts a page links with their content hash (<c>?v=</c>) come from Chromium's cache on the
/// next page: on a phone each step of the interview then costs one request, not three.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CachingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_next_page_takes_its_versioned_stylesheet_and_script_from_the_browser_cache()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var network = await NetworkLog.AttachAsync(page);

        // "About you" sent empty: the page with the error summary, whose script moves focus to it.
        await page.GotoAsync("/assess");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        Assert.Contains(network.FetchedFromServer(), url => url.Contains("/errorfocus.js?v=", StringComparison.Ordinal));

        network.Reset();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(); // the same error page again
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        var fetched = network.FetchedFromServer();
        Assert.Contains(fetched, url => url.Contains("/assess", StringComparison.Ordinal)); // the page itself: never cached
        Assert.DoesNotContain(fetched, url => url.Contains("/site.css", StringComparison.Ordinal) || url.Contains("/errorfocus.js", StringComparison.Ordinal));
    }

    /// <summary>Chromium's own account (DevTools protocol) of which requests went to the server and which its cache answered.</summary>
    private sealed class NetworkLog
    {
        private readonly Dictionary<string, string> sent = new(StringComparer.Ordinal);
        private readonly HashSet<string> fromCache = new(StringComparer.Ordinal);

        public static async Task<NetworkLog> AttachAsync(IPage page)
        {
            var log = new NetworkLog();
            var cdp = await page.Context.NewCDPSessionAsync(page);
            cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) => log.On(e, (id, json) => log.sent[id] = json.GetProperty("request").GetProperty("url").GetString()!);
            cdp.Event("Network.requestServedFromCache").OnEvent += (_, e) => log.On(e, (id, _) => log.fromCache.Add(id));
            cdp.Event("Network.responseReceived").OnEvent += (_, e) => log.On(e, (id, json) =>
            {
                if (json.GetProperty("response").TryGetProperty("fromDiskCache", out var disk) && disk.GetBoolean())
                {
                    log.fromCache.Add(id);
                }
            });
            await cdp.SendAsync("Network.enable");
            return log;
        }

        public void Reset()
        {
            lock (sent)
            {
                sent.Clear();
                fromCache.Clear();
            }
        }

        /// <summary>The addresses asked of the server since <see cref="Reset"/> (a 304 revalidation counts: it is a round trip).</summary>
        public IReadOnlyList<string> FetchedFromServer()
        {
            lock (sent)
            {
                return [.. sent.Where(s => !fromCache.Contains(s.Key)).Select(s => s.Value)];
            }
        }

        private void On(JsonElement? e, Action<string, JsonElement> record)
        {
            if (e is { } json && json.TryGetProperty("requestId", out var id))
            {
                lock (sent)
                {
                    record(id.GetString()!, json);
                }
            }
        }
    }
}
