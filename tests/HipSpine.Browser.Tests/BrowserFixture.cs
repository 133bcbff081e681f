using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// One running app and one Chromium for the whole browser suite (starting them is the slow part); every
/// test gets its own browser context, so no cookies, storage or history leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly BrowserApp app = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress => app.BaseAddress;

    internal int SavedCount() => app.SavedCount();

    internal Task VerifyClinicianAsync(string email) => app.VerifyClinicianAsync(email);

    public async Task InitializeAsync()
    {
        app.Start();
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh context and page that records every request leaving 127.0.0.1.</summary>
    public Task<BrowserSession> NewSessionAsync() => NewSessionAsync(BaseAddress);

    /// <summary>
    /// A fresh context on the shared Chromium for another app, e.g. one a test starts with its own fake
    /// clock (<see cref="BrowserApp(TimeProvider?)"/>).
    /// </summary>
    /// <param name="baseAddress">The app's address.</param>
    /// <param name="timeZone">The browser's time zone (IANA id), as a person abroad would have it; null for the machine's.</param>
    internal async Task<BrowserSession> NewSessionAsync(Uri baseAddress, string? timeZone = null)
    {
        var context = await (browser ?? throw new InvalidOperationException("The fixture did not start."))
            .NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), TimezoneId = timeZone });
        // Generous: a loaded 2-core CI machine can take several seconds to render a page; a real failure still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await BrowserSession.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await app.DisposeAsync();
    }
}

/// <summary>Shares <see cref="BrowserFixture"/> across the browser test classes, which then run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
