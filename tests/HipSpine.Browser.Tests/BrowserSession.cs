using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>A browser context with one page, watching for requests to any host but the app's own.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> offSite = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Requests that went anywhere but 127.0.0.1 (HipSpine promises no third-party requests).</summary>
    public IReadOnlyList<string> OffSiteRequests
    {
        get
        {
            lock (offSite)
            {
                return [.. offSite];
            }
        }
    }

    internal static async Task<BrowserSession> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        context.Request += (_, request) => session.Record(request.Url);
        return session;
    }

    public void AssertNoOffSiteRequests() =>
        Assert.True(OffSiteRequests.Count == 0, "Requests left 127.0.0.1:\n" + string.Join('\n', OffSiteRequests));

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void Record(string url)
    {
        // data: and about: URLs never reach the network; everything else must be the app on loopback.
        var uri = new Uri(url);
        if (uri.Scheme is "data" or "about" || (uri.Scheme == Uri.UriSchemeHttp && uri.Host == "127.0.0.1"))
        {
            return;
        }

        lock (offSite)
        {
            offSite.Add(url);
        }
    }
}
