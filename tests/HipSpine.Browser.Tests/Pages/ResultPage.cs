using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>The result of an assessment: urgency, possible sources, the hip-or-back pattern, and Save.</summary>
internal sealed partial class ResultPage(IPage page)
{
    public IPage Page => page;

    public ILocator UrgencyTitle => page.Locator("#urgency-title");

    /// <summary>The urgency box; it is announced (role=alert) only for an emergency.</summary>
    public ILocator UrgencyBox => page.Locator("section.urgency");

    public ILocator EmergencyBanner => page.GetByRole(AriaRole.Alert);

    public ILocator Pattern => page.GetByRole(AriaRole.Region, new() { Name = "Hip or back: the pattern" }).Locator("p").First;

    /// <summary>The possible sources, most likely first, as their names ("Hip osteoarthritis").</summary>
    public async Task<IReadOnlyList<string>> SourceNamesAsync()
    {
        var headings = await page.Locator("ol.sources > li > h3").AllTextContentsAsync();
        return [.. headings.Select(h => h[..h.IndexOf(':', StringComparison.Ordinal)].Trim())];
    }

    /// <summary>Saves without an account (a private address); returns the saved page's path.</summary>
    public Task<string> SaveAsync() => SaveWithAsync("Save this result");

    /// <summary>Saves to the signed-in account; returns the saved page's path, <c>/assessments/{id}</c>.</summary>
    public Task<string> SaveToAccountAsync() => SaveWithAsync("Save to my account");

    private async Task<string> SaveWithAsync(string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await PageLoad.ArriveAtAsync(page, SavedAddress());
        await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Saved on");
        return new Uri(page.Url).AbsolutePath;
    }

    [GeneratedRegex("/assessments/[0-9a-f-]{36}$")]
    private static partial Regex SavedAddress();
}
