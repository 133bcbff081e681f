using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests.Pages;

/// <summary>The diary entry form (/assessments/{id}/diary/entry): found by its labels, like a person reads it.</summary>
internal sealed partial class DiaryEntryPage(IPage page)
{
    public ILocator Heading => page.Locator("main h1");

    public ILocator When => page.GetByLabel("Date and time");

    public ILocator Pain => page.GetByLabel("Pain now, 0 (none) to 10 (worst imaginable)");

    /// <summary>The plan's exercises each have a group named after the exercise, with "I did this".</summary>
    public ILocator Exercises => page.GetByRole(AriaRole.Group)
        .Filter(new() { Has = page.GetByRole(AriaRole.Checkbox, new() { Name = "I did this" }) });

    public async Task<string> FirstExerciseNameAsync() =>
        (await Exercises.First.Locator("legend").InnerTextAsync()).Trim();

    /// <summary>Fills pain (and the first exercise, if given) and saves; back on the diary list afterwards.</summary>
    public async Task SaveAsync(int pain, int? exercisePainDuring = null, string nextMorning = "Yes")
    {
        await Pain.FillAsync(pain.ToString(CultureInfo.InvariantCulture));
        if (exercisePainDuring is { } during)
        {
            var exercise = Exercises.First;
            await exercise.GetByRole(AriaRole.Checkbox, new() { Name = "I did this" }).CheckAsync();
            await exercise.GetByLabel("Sets").FillAsync("2");
            await exercise.GetByLabel("Repetitions (or seconds) per set").FillAsync("10");
            await exercise.GetByLabel("Pain during it, 0 to 10").FillAsync(during.ToString(CultureInfo.InvariantCulture));
            await exercise.GetByLabel("Back to usual by the next morning?").SelectOptionAsync(new SelectOptionValue { Label = nextMorning });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the entry" }).ClickAsync();
        await PageLoad.ArriveAtAsync(page, DiaryAddress());
    }

    [GeneratedRegex("/diary$")]
    private static partial Regex DiaryAddress();
}
