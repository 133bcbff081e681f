using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// The interview as a person moves through it, at desktop and phone width: the browser's Back and Forward keep
/// the answers (every step is its own address, reached by a redirect, so nothing asks to resubmit a form), and
/// "Check your answers" lists them with a Change link that leads back to the same check page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewNavigationTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Back_and_forward_keep_the_answers_and_a_change_returns_to_check_your_answers(int width)
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await Viewport.UseAsync(page, width);
        var axe = new AxeScan();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        var interview = await (await StartPage.OpenAsync(page)).StartAssessmentAsync();
        await Viewport.AssertNoSidewaysScrollAsync(page, "about you");
        await interview.AnswerAboutYouAsync(58, "Female");
        await interview.TickBodyRegionAsync("where.groin");
        await interview.TickBodyRegionAsync("where.low_back");
        await Viewport.AssertNoSidewaysScrollAsync(page, "body map");
        await interview.ContinueAsync();
        var firstScreen = await interview.Heading.TextContentAsync();
        await interview.AnswerScreenAsync(new Dictionary<string, string>(), otherwise: "No");
        await Viewport.AssertNoSidewaysScrollAsync(page, "question screen");
        await interview.ContinueAsync();
        var secondScreen = await interview.Heading.TextContentAsync();

        await page.GoBackAsync();
        await Assertions.Expect(interview.Heading).ToHaveTextAsync(firstScreen!);
        Assert.Equal(await interview.Questions.CountAsync(), await page.Locator("main fieldset.question input[type=radio]:checked").CountAsync());
        await page.GoBackAsync();
        await Assertions.Expect(interview.Heading).ToHaveTextAsync("Where does it hurt?");
        await Assertions.Expect(page.Locator("input[name=where][value='where.groin']")).ToBeCheckedAsync();
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(interview.Heading).ToHaveTextAsync(secondScreen!);
        Assert.Equal(0, dialogs);

        await interview.AnswerUntilCheckAsync(new Dictionary<string, string>());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("58");
        await Viewport.AssertNoSidewaysScrollAsync(page, "check your answers");
        await axe.ScanAsync(page, "check your answers");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change About you" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your age in years")).ToHaveValueAsync("58");
        await page.GetByLabel("Your age in years").FillAsync("59");
        await interview.ContinueAsync();
        await interview.AnswerUntilCheckAsync(new Dictionary<string, string>());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("59");
        await page.GetByRole(AriaRole.Link, new() { Name = "See my result" }).ClickAsync();
        await Assertions.Expect(new ResultPage(page).UrgencyTitle).ToBeVisibleAsync();
        await Viewport.AssertNoSidewaysScrollAsync(page, "result");

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_missing_answer_names_the_question_puts_error_in_the_title_and_focuses_the_summary(int width)
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await Viewport.UseAsync(page, width);
        var interview = await (await StartPage.OpenAsync(page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(40, "Male");
        await interview.TickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();
        var question = (await page.Locator("main fieldset.question legend").First.TextContentAsync())!.Trim();
        await interview.ContinueAsync(); // nothing answered

        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link).First).ToContainTextAsync(question);
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("main fieldset.question input[type=radio]").First).ToBeFocusedAsync();
        await Viewport.AssertNoSidewaysScrollAsync(page, "question screen with errors");
    }

    [Fact]
    public async Task All_questions_preselect_nothing_and_ask_the_warning_signs_first()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/assess/all");
        Assert.Equal(0, await page.Locator("input[type=radio][name^='a.']:checked, input[type=checkbox]:checked").CountAsync());
        var first = await page.Locator("main fieldset.question legend").First.TextContentAsync();
        var firstGroup = await page.Locator("main section h2").Nth(1).TextContentAsync();
        Assert.Contains("warning", firstGroup + " " + first, StringComparison.OrdinalIgnoreCase);
    }
}
