using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// Weighs what the browser fetched for one page: the HTML document plus its stylesheets and scripts,
/// uncompressed (the body as the browser received it; the app does not compress).
/// </summary>
internal sealed class PageWeigher
{
    private static readonly string[] Counted = ["document", "stylesheet", "script"];
    private readonly List<(string Url, Task<byte[]> Body)> responses = [];

    private PageWeigher()
    {
    }

    public static async Task<PageWeigher> AttachAsync(IPage page)
    {
        var weigher = new PageWeigher();
        // Routing every request turns Playwright's HTTP cache off, so each page fetches its CSS and JS again
        // and is weighed as a first visit would be.
        await page.Context.RouteAsync("**/*", route => route.ContinueAsync());
        page.Response += (_, response) => weigher.Record(response);
        return weigher;
    }

    /// <summary>Forgets what was fetched so far: call before loading the page to weigh.</summary>
    public void Reset()
    {
        lock (responses)
        {
            responses.Clear();
        }
    }

    /// <summary>The bytes fetched since <see cref="Reset"/>, and which files they came from.</summary>
    public async Task<(long Bytes, IReadOnlyList<string> Files)> WeighAsync()
    {
        (string Url, Task<byte[]> Body)[] fetched;
        lock (responses)
        {
            fetched = [.. responses];
        }

        long total = 0;
        foreach (var (_, body) in fetched)
        {
            total += (await body).LongLength;
        }

        return (total, [.. fetched.Select(f => new Uri(f.Url).AbsolutePath)]);
    }

    private void Record(IResponse response)
    {
        // Redirects have no body; the page they lead to is recorded on its own.
        if (!Counted.Contains(response.Request.ResourceType, StringComparer.Ordinal) || response.Status is >= 300 and < 400)
        {
            return;
        }

        // Read the body now: the browser may drop it once the next page loads.
        lock (responses)
        {
            responses.Add((response.Url, response.BodyAsync()));
        }
    }
}
