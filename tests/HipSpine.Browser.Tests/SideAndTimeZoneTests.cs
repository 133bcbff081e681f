using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// A person in New York with right groin pain, at desktop and phone width: the side is chosen beside the body
/// map and named on the check page and the result ("right groin"); the diary form takes the browser's time zone,
/// which is stored with the entry and named on the diary page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SideAndTimeZoneTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task The_side_reaches_the_result_and_diary_times_are_in_the_browsers_zone(int width)
    {
        await using var session = await fixture.NewSessionAsync(fixture.BaseAddress, "America/New_York");
        var page = session.Page;
        await Viewport.UseAsync(page, width);
        var axe = new AxeScan();
        await ClinicianLoopTests.SignUpAsync(page, $"side-{width}@example.com", clinician: false);

        var interview = await (await StartPage.OpenAsync(page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(58, "Female");
        await interview.TickBodyRegionAsync("where.groin");
        await interview.TickBodyRegionAsync("where.low_back");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Right", Exact = true }).CheckAsync();
        await Viewport.AssertNoSidewaysScrollAsync(page, "body map with the side");
        await axe.ScanAsync(page, "body map with the side");
        await interview.ContinueAsync();
        await interview.AnswerUntilCheckAsync(new Dictionary<string, string>());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Which side");
        await page.GetByRole(AriaRole.Link, new() { Name = "See my result" }).ClickAsync();
        await Assertions.Expect(page.Locator(".where-it-hurts")).ToContainTextAsync("low back, right groin");
        await axe.ScanAsync(page, "result with the side");

        var home = await new ResultPage(page).SaveToAccountAsync();
        await page.GotoAsync(home + "/plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }).ClickAsync();

        // Today's "How to do it" lands in the exercise plan below and the browser opens that exercise's description.
        var howTo = page.Locator("section.today a[href^='#how-']").First;
        await howTo.ClickAsync();
        var target = (await howTo.GetAttributeAsync("href"))!;
        await Assertions.Expect(page.Locator(target)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"details.exercise:has({target})")).ToHaveAttributeAsync("open", "");
        await page.GotoAsync(home + "/diary/entry");
        await Assertions.Expect(page.Locator("input[name=timeZone]")).ToHaveValueAsync("America/New_York");
        await page.Locator("#f-pain").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the entry" }).ClickAsync();
        await Assertions.Expect(page.Locator("main caption")).ToContainTextAsync("America/New_York");
        await Viewport.AssertNoSidewaysScrollAsync(page, "diary");

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }
}
