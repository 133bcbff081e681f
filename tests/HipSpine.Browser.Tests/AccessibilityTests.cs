using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>An axe-core scan of every kind of page a patient can see; serious or critical findings fail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_step_of_the_interview_and_the_emergency_result_pass_axe()
    {
        await using var session = await fixture.NewSessionAsync();
        var axe = new AxeScan();
        var start = await StartPage.OpenAsync(session.Page);
        await axe.ScanAsync(session.Page, "start");
        var interview = await start.StartAssessmentAsync();
        await axe.ScanAsync(session.Page, "about you");
        await interview.AnswerAboutYouAsync(45, "Other");
        await axe.ScanAsync(session.Page, "body map");
        await interview.ClickBodyRegionAsync("where.low_back");
        await axe.ScanAsync(session.Page, "body map with a region marked");
        await interview.ContinueAsync();
        await axe.ScanAsync(session.Page, "question screen");

        // A refused answer shows the error summary and inline errors: those must be accessible too.
        await interview.ContinueAsync();
        await axe.ScanAsync(session.Page, "question screen with errors");

        await interview.AnswerScreenAsync(new Dictionary<string, string> { ["neuro.saddle_numbness"] = "Yes" });
        await interview.ContinueAsync();
        await Assertions.Expect(new ResultPage(session.Page).EmergencyBanner).ToBeVisibleAsync();
        await axe.ScanAsync(session.Page, "emergency result");

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }

    [Fact]
    public async Task The_all_questions_page_a_normal_result_and_a_saved_result_pass_axe()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var axe = new AxeScan();
        await page.GotoAsync("/assess/all");
        await axe.ScanAsync(page, "all questions");

        // A refused form shows the error summary; then every question left at "Not sure", only age and
        // sex given: a result that is not an emergency.
        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check");
        await axe.ScanAsync(page, "all questions with errors");
        await page.GetByLabel("Your age in years").FillAsync("40");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Prefer not to say" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        var result = new ResultPage(page);
        await Assertions.Expect(result.UrgencyTitle).ToBeVisibleAsync();
        await Assertions.Expect(result.EmergencyBanner).ToHaveCountAsync(0);
        await axe.ScanAsync(page, "result");

        await result.SaveAsync();
        await Assertions.Expect(page.GetByText("Keep this page's address private")).ToBeVisibleAsync();
        await axe.ScanAsync(page, "saved result");

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }

    [Fact]
    public async Task Every_learn_page_passes_axe()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var axe = new AxeScan();
        await page.GotoAsync("/learn");
        await axe.ScanAsync(page, "learn");

        // Every page the Learn index links to: the topic pages and one page per possible source.
        var links = await page.Locator("main a[href^='/learn/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(links.Length >= 4, "The Learn index links to too few pages: " + string.Join(", ", links));
        foreach (var link in links.Distinct(StringComparer.Ordinal))
        {
            var response = await page.GotoAsync(link);
            Assert.True(response?.Ok, $"{link} answered {response?.Status}");
            await axe.ScanAsync(page, link);
        }

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }
}
