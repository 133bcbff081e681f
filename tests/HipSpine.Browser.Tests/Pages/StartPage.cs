using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>The home page: what HipSpine does, the emergency signs, and the way into the assessment.</summary>
internal sealed class StartPage(IPage page)
{
    public static async Task<StartPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/");
        return new StartPage(page);
    }

    public ILocator EmergencySigns => page.GetByRole(AriaRole.Region, new() { Name = "Call an ambulance" });

    /// <summary>The main call to action (the header has a link with the same words).</summary>
    public async Task<InterviewPage> StartAssessmentAsync()
    {
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Start the assessment" }).ClickAsync();
        var interview = new InterviewPage(page);
        await Assertions.Expect(interview.Heading).ToHaveTextAsync("About you");
        return interview;
    }
}
