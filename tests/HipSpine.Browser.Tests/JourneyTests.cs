using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>Three patients going through the real interview in Chromium, from the home page to the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Saddle_numbness_stops_the_interview_at_once_with_the_emergency_banner()
    {
        await using var session = await fixture.NewSessionAsync();
        var start = await StartPage.OpenAsync(session.Page);
        var interview = await start.StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(52, "Male");
        await interview.ClickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();

        // The cauda equina screen is asked first, before anything else.
        Assert.Contains("neuro.saddle_numbness", await interview.QuestionCodesAsync());
        await interview.AnswerScreenAsync(new Dictionary<string, string> { ["neuro.saddle_numbness"] = "Yes" });
        await interview.ContinueAsync();

        var result = new ResultPage(session.Page);
        await Assertions.Expect(result.EmergencyBanner).ToBeVisibleAsync();
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("Emergency: get help now");
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("We stopped the questions");
        await Assertions.Expect(result.EmergencyBanner).ToContainTextAsync("ambulance");
        session.AssertNoOffSiteRequests();
    }
}
