using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>The result of an assessment: urgency, possible sources, the hip-or-back pattern, and Save.</summary>
internal sealed class ResultPage(IPage page)
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

    public async Task<ResultPage> SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this result" }).ClickAsync();
        await page.WaitForURLAsync("**/assessments/*");
        return this;
    }
}
