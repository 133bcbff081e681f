using System.Globalization;
using HipSpine.Browser.Tests.Pages;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// Three weeks of a patient's diary in Chromium against the real app, whose "now" is a fake clock this test
/// moves a day at a time: sign up, assess, save, plan, 21 days of entries, progress, a check-in with a
/// warning sign, and axe on every page of the account, plan and diary. Runs in the browser collection (so
/// one at a time with the other browser tests) on the shared Chromium, with its own app and clock.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DiaryJourneyTests(BrowserFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task Three_weeks_of_diary_with_rising_pain_lead_to_progress_advice_and_a_check_in_emergency()
    {
        // Today at 09:00 UTC by the real clock, then only forward: no cookie the app sets can look expired
        // to the browser, which keeps the real time.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(9), TimeSpan.Zero));
        await using var app = new BrowserApp(clock);
        app.Start();
        await using var session = await fixture.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        var axe = new AxeScan();
        var entry = new DiaryEntryPage(page);

        await SignUpAsync(page, axe);
        await SaveABackStrainAsync(page, axe);
        var home = await StartThePlanAsync(page, axe, clock);
        var exercise = await KeepTheDiaryForThreeWeeksAsync(page, axe, clock, entry, home);
        await SeeProgressAdviceAsync(page, axe, exercise);
        await CheckInWithAWarningSignAsync(page, axe, entry, home);

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }

    private static async Task SignUpAsync(IPage page, AxeScan axe)
    {
        // Through the pages, as a person would: the form, the link in the mail, sign-in.
        await ClinicianLoopTests.SignUpAsync(page, "three-weeks@example.com", clinician: false, axe: axe, password: Password);
        await axe.ScanAsync(page, "account, nothing saved");
    }

    private static async Task SaveABackStrainAsync(IPage page, AxeScan axe)
    {
        // A short, non-urgent interview (a back strain after lifting), saved to the account.
        var interview = await (await StartPage.OpenAsync(page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(35, "Male");
        await interview.ClickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();
        var result = await interview.AnswerUntilResultAsync(BackStrain);
        await Assertions.Expect(result.EmergencyBanner).ToHaveCountAsync(0);
        await result.SaveToAccountAsync();

        await page.GotoAsync("/account");
        await Assertions.Expect(page.Locator("ul.saved-list > li")).ToHaveCountAsync(1);
        await axe.ScanAsync(page, "account with a saved result");
    }

    /// <summary>Returns the saved assessment's path, <c>/assessments/{id}</c>.</summary>
    private static async Task<string> StartThePlanAsync(IPage page, AxeScan axe, FakeTimeProvider clock)
    {
        // My plan: treatment options and exercise phases; start it today (by the fake clock).
        await page.GetByRole(AriaRole.Link, new() { Name = "See the plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My plan", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Treatment options" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("article.option").CountAsync() > 0, "The plan shows no treatment option.");
        var phases = page.GetByRole(AriaRole.Region, new() { Name = "Your exercise plan" });
        Assert.True(await phases.GetByRole(AriaRole.Heading, new() { Level = 3 }).CountAsync() > 0, "The plan shows no phase.");
        await axe.ScanAsync(page, "plan, not started");
        var today = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByLabel("Start date")).ToHaveValueAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your plan started on" })).ToBeVisibleAsync();
        await axe.ScanAsync(page, "plan, started");
        var planUrl = new Uri(page.Url);
        return planUrl.AbsolutePath[..^"/plan".Length]; // /assessments/{id}
    }

    /// <summary>Returns the name of the plan's first exercise, the one logged on alternate days.</summary>
    private static async Task<string> KeepTheDiaryForThreeWeeksAsync(IPage page, AxeScan axe, FakeTimeProvider clock, DiaryEntryPage entry, string home)
    {
        // 21 days: pain 4 for two weeks, then rising (6, 6, 7, ...); the first exercise on alternate days
        // with some pain during it, back to usual next morning; a second entry on some days.
        string? exercise = null;
        var entries = 0;
        var firstMorning = clock.GetUtcNow();
        for (var day = 0; day < 21; day++)
        {
            clock.SetUtcNow(firstMorning.AddDays(day)); // one day on (the fake clock never goes back)

            var pain = Pain[day];
            await page.GotoAsync(home + "/diary");
            await page.GetByRole(AriaRole.Link, new() { Name = "Add an entry" }).ClickAsync();
            await Assertions.Expect(entry.Heading).ToHaveTextAsync("New diary entry");
            // The form's "now" is the app's fake clock, not the machine's.
            await Assertions.Expect(entry.When).ToHaveValueAsync(clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
            if (day == 0)
            {
                exercise = await entry.FirstExerciseNameAsync();
                await axe.ScanAsync(page, "diary entry form");
            }

            await entry.SaveAsync(pain, day % 2 == 0 ? 3 : null);
            entries++;
            if (day % 5 == 3)
            {
                clock.Advance(TimeSpan.FromHours(8)); // the evening of the same day
                await page.GetByRole(AriaRole.Link, new() { Name = "Add an entry" }).ClickAsync();
                await entry.SaveAsync(pain);
                entries++;
            }
        }

        var diary = page.GetByRole(AriaRole.Table, new() { Name = "Your entries, newest first (the last 100)" });
        await Assertions.Expect(diary.Locator("tbody tr")).ToHaveCountAsync(entries);
        await Assertions.Expect(diary.Locator("tbody tr").First).ToContainTextAsync($"{Pain[20]}/10");
        await axe.ScanAsync(page, "diary with three weeks of entries");
        return exercise!;
    }

    private static async Task SeeProgressAdviceAsync(IPage page, AxeScan axe, string exercise)
    {
        // Progress: "Book a review" first, the pain chart and its table, the weekly summary, the next step.
        await page.GetByRole(AriaRole.Link, new() { Name = "Progress" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My progress", Level = 1 })).ToBeVisibleAsync();
        var review = page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Book a review" }) });
        await Assertions.Expect(review).ToBeVisibleAsync();
        await Assertions.Expect(review).ToContainTextAsync("Your pain has gone up");
        Assert.True(await review.EvaluateAsync<bool>(
            "alert => !!(alert.compareDocumentPosition(document.querySelector('main h1')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
            "The review prompt is not before the heading.");

        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Pain over time" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal("svg", await chart.EvaluateAsync<string>("e => e.localName"));
        Assert.Equal(21, await chart.Locator("circle").CountAsync()); // one point per day with entries
        await page.GetByText("Pain over time as a table").ClickAsync(); // opens the <details>
        var painTable = page.GetByRole(AriaRole.Table, new() { Name = "Pain over time" });
        await Assertions.Expect(painTable).ToBeVisibleAsync();
        await Assertions.Expect(painTable.Locator("tbody tr")).ToHaveCountAsync(21);
        await Assertions.Expect(painTable.Locator("tbody tr").First.Locator("td")).ToHaveTextAsync("4");
        await Assertions.Expect(painTable.Locator("tbody tr").Last.Locator("td")).ToHaveTextAsync("7");

        var summary = page.Locator("#weekly-summary");
        await Assertions.Expect(summary).ToContainTextAsync("This week your average pain was");
        await Assertions.Expect(summary).ToContainTextAsync("up from 4.0");

        var decisions = page.GetByRole(AriaRole.Table, new() { Name = "Exercises of your plan and the next step" });
        var row = decisions.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = exercise, Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("11"); // sessions on days 0, 2, ..., 20
        await Assertions.Expect(row).ToContainTextAsync("Ready to make it harder");
        await Assertions.Expect(row).Not.ToContainTextAsync("ready_to_progress"); // no developer words on a patient page
        await axe.ScanAsync(page, "progress");

        // Outcomes (nothing to fill in here; the page must be accessible).
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcome measures" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Outcome measures", Level = 1 })).ToBeVisibleAsync();
        await axe.ScanAsync(page, "outcomes");
    }

    private static async Task CheckInWithAWarningSignAsync(IPage page, AxeScan axe, DiaryEntryPage entry, string home)
    {
        // A check-in with a new warning sign: the emergency advice comes first, as an alert.
        await page.GotoAsync(home + "/check-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Weekly check-in", Level = 1 })).ToBeVisibleAsync();
        await axe.ScanAsync(page, "check-in");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "bike saddle" }).CheckAsync();
        await entry.Pain.FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my check-in" }).ClickAsync();
        var advice = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(advice).ToBeVisibleAsync();
        await Assertions.Expect(advice).ToContainTextAsync("Because of the new warning signs you ticked");
        await Assertions.Expect(advice).ToContainTextAsync("ambulance");
        Assert.True(await page.Locator("main > :first-child").EvaluateAsync<bool>("e => e.getAttribute('role') === 'alert'"),
            "The emergency advice is not the first thing in the page's main content.");
        await Assertions.Expect(page.GetByText("Your check-in was saved.")).ToBeVisibleAsync();
        await axe.ScanAsync(page, "check-in emergency advice");
    }

    /// <summary>Pain by day: 4 for two weeks, then rising in the third.</summary>
    private static readonly int[] Pain = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 6, 7, 7, 7];

    /// <summary>A 35-year-old who hurt his low back lifting two days ago; nothing else (self-care).</summary>
    private static readonly Dictionary<string, string> BackStrain = new(StringComparer.Ordinal)
    {
        ["episode.duration_days"] = "2",
        ["episode.onset"] = "Suddenly, within minutes or hours",
        ["pain.severity_now"] = "4",
        ["hx.lifting_onset"] = "Yes",
        ["pain.worse_bending_lifting"] = "Yes",
    };
}
