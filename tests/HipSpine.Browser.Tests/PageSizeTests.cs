using System.Globalization;
using System.Text;
using HipSpine.Browser.Tests.Pages;
using HipSpine.Tests.Shared;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// The page budget: every page, HTML + CSS + JS uncompressed, at most 100 KB. Also writes the tables for
/// docs/performance.md to artifacts/page-sizes.md and artifacts/page-sizes-signed-in.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSizeTests(BrowserFixture fixture)
{
    private const long Budget = 100_000;

    [Fact]
    public async Task Every_page_with_its_css_and_js_weighs_at_most_100_kb()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var weigher = await PageWeigher.AttachAsync(page);
        var rows = new List<(string Name, long Bytes, IReadOnlyList<string> Files)>();

        async Task Weigh(string name, Func<Task> load)
        {
            weigher.Reset();
            await load();
            await PageLoad.CompleteAsync(page);
            var (bytes, files) = await weigher.WeighAsync();
            rows.Add((name, bytes, files));
        }

        await Weigh("`/` start", () => page.GotoAsync("/"));
        var interview = new InterviewPage(page);
        await Weigh("`/assess` about you", () => page.GotoAsync("/assess"));
        await Weigh("`/assess` body map", () => interview.AnswerAboutYouAsync(60, "Female"));
        await interview.TickBodyRegionAsync("where.low_back");
        await Weigh("`/assess` a question screen", interview.ContinueAsync);
        await interview.AnswerScreenAsync(new Dictionary<string, string> { ["neuro.saddle_numbness"] = "Yes" });
        await Weigh("`/assess` emergency result", interview.ContinueAsync);

        await Weigh("`/assess/all` all questions", () => page.GotoAsync("/assess/all"));
        await page.GetByLabel("Your age in years").FillAsync("40");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Prefer not to say" }).CheckAsync();
        await Weigh("`/assess/all` result (all \"Not sure\")",
            () => page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync());
        await Weigh("`/assessments/{id}` saved result", async () => await new ResultPage(page).SaveAsync());

        await Weigh("`/learn`", () => page.GotoAsync("/learn"));
        var links = await page.Locator("main a[href^='/learn/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var link in links.Distinct(StringComparer.Ordinal))
        {
            await Weigh($"`{link}`", () => page.GotoAsync(link));
        }

        // The warning signs have one page per urgency level, linked from the overview rather than from /learn.
        await page.GotoAsync("/learn/when-to-see-a-doctor");
        var levels = await page.Locator("main a[href^='/learn/when-to-see-a-doctor/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').split('#')[0])");
        Assert.NotEmpty(levels);
        foreach (var level in levels.Distinct(StringComparer.Ordinal))
        {
            await Weigh($"`{level}`", () => page.GotoAsync(level));
        }

        WriteTable(rows, "page-sizes.md");
        var over = rows.Where(r => r.Bytes > Budget).Select(r => $"{r.Name}: {r.Bytes} bytes ({string.Join(", ", r.Files)})").ToArray();
        Assert.True(over.Length == 0, "Pages over the 100 KB budget:\n" + string.Join('\n', over));
        Assert.All(rows, r => Assert.Contains(r.Files, f => f.EndsWith(".css", StringComparison.Ordinal)));
        session.AssertNoOffSiteRequests();
    }

    [Fact]
    public async Task The_signed_in_pages_of_a_plan_weigh_at_most_100_kb()
    {
        // My plan is the heaviest page: every treatment option and exercise for the causes the answers point to, so
        // it is weighed for two people (a back strain, and hip osteoarthritis with low back pain).
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await ClinicianLoopTests.SignUpAsync(page, "page-sizes@example.com", clinician: false);
        var rows = new List<(string Name, long Bytes, IReadOnlyList<string> Files)>();
        await WeighAPlanAsync(page, rows, "back strain", 35, "Male", ["where.low_back"], JourneyTests.BackStrain);
        await WeighAPlanAsync(page, rows, "hip osteoarthritis", 68, "Female", ["where.groin", "where.low_back"], JourneyTests.HipOsteoarthritis);

        WriteTable(rows, "page-sizes-signed-in.md");
        var over = rows.Where(r => r.Bytes > Budget).Select(r => $"{r.Name}: {r.Bytes} bytes ({string.Join(", ", r.Files)})").ToArray();
        Assert.True(over.Length == 0, "Pages over the 100 KB budget:\n" + string.Join('\n', over));
        session.AssertNoOffSiteRequests();
    }

    /// <summary>Assesses, saves and starts a plan (signed in), weighing the saved result and every page of the plan.</summary>
    private static async Task WeighAPlanAsync(
        IPage page, List<(string Name, long Bytes, IReadOnlyList<string> Files)> rows, string who, int age, string sex,
        string[] where, IReadOnlyDictionary<string, string> answers)
    {
        await page.Context.UnrouteAllAsync(); // the interview itself is not weighed here
        var interview = await (await StartPage.OpenAsync(page)).StartAssessmentAsync();
        await interview.AnswerAboutYouAsync(age, sex);
        foreach (var region in where)
        {
            await interview.TickBodyRegionAsync(region);
        }

        await interview.ContinueAsync();
        await interview.AnswerUntilResultAsync(answers);

        var weigher = await PageWeigher.AttachAsync(page);
        async Task Weigh(string name, Func<Task> load)
        {
            weigher.Reset();
            await load();
            await PageLoad.CompleteAsync(page);
            var (bytes, files) = await weigher.WeighAsync();
            rows.Add(($"{name} ({who})", bytes, files));
        }

        await Weigh("`/assessments/{id}` saved result", async () => await new ResultPage(page).SaveToAccountAsync());
        var home = new Uri(page.Url).AbsolutePath;
        await Weigh("`/assessments/{id}/plan` My plan, not started", () => page.GotoAsync(home + "/plan"));
        await Weigh("`/assessments/{id}/plan` My plan, started", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your plan started on" })).ToBeVisibleAsync();
        });
        await Weigh("`/assessments/{id}/plan/sheet` exercise sheet", () => page.GotoAsync(home + "/plan/sheet"));
        await Weigh("`/assessments/{id}/diary/entry` diary entry", () => page.GotoAsync(home + "/diary/entry"));
        await Weigh("`/assessments/{id}/diary` diary, one entry", () => new DiaryEntryPage(page).SaveAsync(4, exercisePainDuring: 3));
        await Weigh("`/assessments/{id}/progress` progress", () => page.GotoAsync(home + "/progress"));
        await Weigh("`/assessments/{id}/check-in` weekly check-in", () => page.GotoAsync(home + "/check-in"));
        await Weigh("`/account` my account", () => page.GotoAsync("/account"));
    }

    private static void WriteTable(List<(string Name, long Bytes, IReadOnlyList<string> Files)> rows, string file)
    {
        var table = new StringBuilder("| page | bytes (HTML + CSS + JS) | files |\n|---|---:|---|\n");
        foreach (var (name, bytes, files) in rows)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {name} | {bytes:N0} | {string.Join(", ", files.Select(Kind))} |\n");
        }

        var folder = Path.Combine(RepoPaths.Root, "artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), table.ToString());
    }

    /// <summary>Stylesheets and scripts by name; the document as "HTML" (its address holds a random id on saved results).</summary>
    private static string Kind(string path) =>
        path.EndsWith(".css", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal) ? path : "HTML";
}
