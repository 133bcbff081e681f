using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>
/// One step of the step-by-step interview (/assess): about you, the body map, or a screen of questions.
/// Question screens are answered generically from a dictionary keyed by finding code, so the tests do not
/// depend on which screens the adaptive planner picks, or in which order.
/// </summary>
internal sealed class InterviewPage(IPage page)
{
    private const int MaxSteps = 60;

    public IPage Page => page;

    public ILocator Heading => page.Locator("main h1");

    public ILocator Questions => page.Locator("main fieldset.question");

    /// <summary>A result replaces the form; its urgency heading is the page's h1.</summary>
    public ILocator ResultHeading => page.Locator("#urgency-title");

    public async Task AnswerAboutYouAsync(int age, string sex)
    {
        await page.GetByLabel("Your age in years").FillAsync(age.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Radio, new() { Name = sex, Exact = true }).CheckAsync();
        await ContinueAsync();
        await Assertions.Expect(Heading).ToHaveTextAsync("Where does it hurt?");
    }

    /// <summary>Marks a place by clicking its region on the figure (the script ticks the box).</summary>
    public async Task ClickBodyRegionAsync(string code)
    {
        await page.Locator($".bodymap svg [data-code=\"{code}\"]").First.ClickAsync();
        await Assertions.Expect(RegionBox(code)).ToBeCheckedAsync();
    }

    /// <summary>Marks a place by ticking its checkbox, the accessible control.</summary>
    public Task TickBodyRegionAsync(string code) => RegionBox(code).CheckAsync();

    /// <summary>The finding codes asked on this screen, in page order.</summary>
    public async Task<IReadOnlyList<string>> QuestionCodesAsync()
    {
        var codes = new List<string>();
        foreach (var question in await Questions.AllAsync())
        {
            codes.Add(await CodeOfAsync(question));
        }

        return codes;
    }

    /// <summary>
    /// Answers every question on the screen: the dictionary holds the visible answer ("Yes", "No",
    /// "Not sure", a choice's words, or a number); a question not in it gets <paramref name="otherwise"/>
    /// when that answer is offered, else "Not sure".
    /// </summary>
    public async Task AnswerScreenAsync(IReadOnlyDictionary<string, string> answers, string otherwise = "No")
    {
        foreach (var question in await Questions.AllAsync())
        {
            var code = await CodeOfAsync(question);
            var wanted = answers.GetValueOrDefault(code);
            var number = question.Locator("input[type=number]");
            if (await number.CountAsync() > 0)
            {
                if (wanted is null)
                {
                    await question.GetByRole(AriaRole.Checkbox, new() { Name = "Not sure" }).CheckAsync();
                }
                else
                {
                    await number.FillAsync(wanted);
                }

                continue;
            }

            var choice = wanted ?? otherwise;
            var radio = question.GetByRole(AriaRole.Radio, new() { Name = choice, Exact = true });
            if (wanted is null && await radio.CountAsync() == 0)
            {
                radio = question.GetByRole(AriaRole.Radio, new() { Name = "Not sure", Exact = true });
            }

            await radio.CheckAsync();
        }
    }

    public Task ContinueAsync() => ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

    public Task BackAsync() => ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Button, new() { Name = "Back" }));

    /// <summary>
    /// Clicks a control that loads a new document and waits until that document has replaced this one. Waiting for the
    /// load state alone can return at once, on the old page, when the click's navigation has not started yet.
    /// </summary>
    private async Task ClickAndWaitForNextPageAsync(ILocator control)
    {
        await page.EvaluateAsync("() => { window.hipspineOldPage = true; }");
        await control.ClickAsync();
        await page.WaitForFunctionAsync("() => window.hipspineOldPage !== true");
        await PageLoad.CompleteAsync(page);
    }

    public Task<bool> IsFinishedAsync() => ResultHeading.IsVisibleAsync();

    /// <summary>"Check your answers", the page before a result that is not an emergency.</summary>
    public async Task<bool> IsCheckingAsync() => (await Heading.TextContentAsync())?.Trim() == "Check your answers";

    /// <summary>Answers screen after screen until "Check your answers" (or an emergency result) shows.</summary>
    public async Task AnswerUntilCheckAsync(IReadOnlyDictionary<string, string> answers)
    {
        for (var step = 0; step < MaxSteps && !await IsCheckingAsync() && !await IsFinishedAsync(); step++)
        {
            await AnswerScreenAsync(answers);
            await ContinueAsync();
        }

        Assert.True(await IsCheckingAsync(), $"No 'Check your answers' after {MaxSteps} screens; last screen: {await Heading.TextContentAsync()}");
    }

    /// <summary>Answers screen after screen until the result shows; <paramref name="beforeContinue"/> can look at each screen.</summary>
    public async Task<ResultPage> AnswerUntilResultAsync(
        IReadOnlyDictionary<string, string> answers, Func<InterviewPage, Task>? beforeContinue = null)
    {
        for (var step = 0; step < MaxSteps && !await IsFinishedAsync(); step++)
        {
            if (await IsCheckingAsync())
            {
                await ClickAndWaitForNextPageAsync(page.GetByRole(AriaRole.Link, new() { Name = "See my result" }));
                continue;
            }

            await AnswerScreenAsync(answers);
            if (beforeContinue is not null)
            {
                await beforeContinue(this);
            }

            await ContinueAsync();
        }

        Assert.True(await IsFinishedAsync(), $"No result after {MaxSteps} screens; last screen: {await Heading.TextContentAsync()}");
        return new ResultPage(page);
    }

    private ILocator RegionBox(string code) => page.Locator($"input[type=checkbox][name=where][value=\"{code}\"]");

    /// <summary>Answer fields are named a.{finding code}; the code is the one fact the page gives about a question.</summary>
    private static async Task<string> CodeOfAsync(ILocator question)
    {
        var name = await question.Locator("input[name^='a.']").First.GetAttributeAsync("name");
        return name?["a.".Length..] ?? throw new InvalidOperationException("A question without an answer field.");
    }
}
