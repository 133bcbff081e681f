using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>A person tells their story in their own words, checks what was understood, and is still asked every warning sign.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FreeTextJourneyTests(BrowserFixture fixture)
{
    private const string Story = "It started three months ago after gardening, a deep ache in my right groin that goes into my bum, worse when I walk, no pins and needles, I had breast cancer ten years ago.";

    [Fact]
    public async Task The_example_story_is_understood_and_the_red_flag_screens_are_still_asked()
    {
        await using var session = await fixture.NewSessionAsync();
        var axe = new AxeScan();
        var story = await StoryPage.OpenFromInterviewAsync(session.Page);
        await axe.ScanAsync(session.Page, "story box");
        await story.TellAsync(58, "Female", Story);
        await axe.ScanAsync(session.Page, "story review");

        var lines = string.Join("\n", await story.Understood.AllTextContentsAsync());
        Assert.Contains("You said: groin", lines, StringComparison.Ordinal);
        Assert.Contains("Pain in the groin", lines, StringComparison.Ordinal);
        Assert.Contains("You said: bum", lines, StringComparison.Ordinal);
        Assert.Contains("Pain in the buttock", lines, StringComparison.Ordinal);
        Assert.Contains("in days: 90", lines, StringComparison.Ordinal);
        Assert.Contains("Yes: Worse with walking", lines, StringComparison.Ordinal);
        Assert.Contains("You said: no pins and needles", lines, StringComparison.Ordinal);
        Assert.Contains("No: Numbness, tingling or pins and needles in the leg or foot", lines, StringComparison.Ordinal);
        Assert.Contains("Any past or current cancer (in the past)", lines, StringComparison.Ordinal);
        await Assertions.Expect(story.Side).ToHaveTextAsync("Right side");
        await Assertions.Expect(session.Page.Locator("input[name=where][value='where.groin']")).ToBeCheckedAsync();

        // The interview goes on without the body map, and asks the warning-sign screens explicitly:
        // the denied tingling and the past cancer from the text are asked again on their screens.
        var interview = await story.ContinueAsync();
        var asked = new List<string>();
        for (var screen = 0; screen < 6; screen++)
        {
            await Assertions.Expect(interview.Questions.First).ToBeVisibleAsync();
            asked.AddRange(await interview.QuestionCodesAsync());
            if (asked.Contains("hx.cancer"))
            {
                break;
            }

            await interview.AnswerScreenAsync(new Dictionary<string, string>());
            await interview.ContinueAsync();
        }

        Assert.Equal("neuro.saddle_numbness", asked[0]);
        Assert.Contains("neuro.bladder_change", asked);
        Assert.Contains("hx.cancer", asked);
        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }
}
