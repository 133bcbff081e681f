using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>"Tell us in your own words" (/story): the story box, then the review of what was understood.</summary>
internal sealed class StoryPage(IPage page)
{
    public ILocator Heading => page.Locator("main h1");

    /// <summary>The "You said: ... → ..." lines of the review, warning signs included.</summary>
    public ILocator Understood => page.Locator("main ul.understood li");

    public ILocator Side => page.Locator("main .understood-side");

    /// <summary>From the first step of the interview, by its link.</summary>
    public static async Task<StoryPage> OpenFromInterviewAsync(IPage page)
    {
        await page.GotoAsync("/assess");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tell us in your own words" }).ClickAsync();
        var story = new StoryPage(page);
        await Assertions.Expect(story.Heading).ToHaveTextAsync("Tell us in your own words");
        return story;
    }

    public async Task TellAsync(int age, string sex, string text)
    {
        await page.GetByLabel("Your age in years").FillAsync(age.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Radio, new() { Name = sex, Exact = true }).CheckAsync();
        await page.GetByLabel("Your story").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my words" }).ClickAsync();
        await Assertions.Expect(Heading).ToHaveTextAsync("What we understood");
    }

    public async Task<InterviewPage> ContinueAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to the questions" }).ClickAsync();
        return new InterviewPage(page);
    }
}
