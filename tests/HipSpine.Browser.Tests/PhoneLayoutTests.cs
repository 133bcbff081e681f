using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// Every kind of page at 390 px (a phone): nothing scrolls sideways, no input is under 16 px (phones zoom into
/// smaller ones), chart labels stay readable, the home page's Start button is on the first screen, and axe finds
/// nothing serious or critical.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_390_px()
    {
        await using var patientSession = await fixture.NewSessionAsync();
        await using var clinicianSession = await fixture.NewSessionAsync();
        var page = patientSession.Page;
        var doctor = clinicianSession.Page;
        await Viewport.UseAsync(page, Viewport.Phone);
        await Viewport.UseAsync(doctor, Viewport.Phone);
        var checkedPages = new List<string>();
        var axe = new AxeScan();

        async Task Check(IPage on, string name, string? url = null)
        {
            if (url is not null)
            {
                var response = await on.GotoAsync(url);
                Assert.True(response?.Ok, $"{url} answered {response?.Status}");
            }

            await Viewport.AssertNoSidewaysScrollAsync(on, name);
            await AssertInputsAtLeast16PxAsync(on, name);
            await axe.ScanAsync(on, name + " at 390 px");
            checkedPages.Add(name);
        }

        await Check(page, "home", "/");
        var start = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Start the assessment" });
        var box = await start.BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 844, $"Start is not on the first screen (its bottom at {box?.Y + box?.Height} px)");

        var interview = await new StartPage(page).StartAssessmentAsync();
        await Check(page, "about you");
        await interview.AnswerAboutYouAsync(58, "Female");
        await Check(page, "body map");
        await interview.TickBodyRegionAsync("where.low_back");
        await interview.ContinueAsync();
        await Check(page, "question screen");
        await interview.ContinueAsync();
        await Check(page, "question screen with errors");
        await interview.AnswerScreenAsync(new Dictionary<string, string>());
        await interview.AnswerUntilCheckAsync(new Dictionary<string, string>());
        await Check(page, "check your answers");
        await Check(page, "all questions", "/assess/all");
        await Check(page, "tell us in your own words", "/story");
        await Check(page, "learn", "/learn");
        var learnLinks = (await page.Locator("main a[href^='/learn/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Distinct(StringComparer.Ordinal).ToArray();
        // The treatment pages share one layout: one of them stands for all (an axe scan each would add minutes).
        var oneTreatment = learnLinks.First(l => l.StartsWith("/learn/treatments/", StringComparison.Ordinal));
        foreach (var link in learnLinks.Where(l => !l.StartsWith("/learn/treatments/", StringComparison.Ordinal) || l == oneTreatment))
        {
            await Check(page, link, link);
        }

        await Check(page, "sign up", "/account/signup");
        await Check(page, "sign in", "/account/signin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await ClinicianLoopTests.SignUpAsync(page, $"phone-{suffix}@example.com", clinician: false);
        var home = await ClinicianLoopTests.SaveAndStartAPlanAsync(page);
        await Check(page, "plan", home + "/plan");
        await Check(page, "plan with the anti-inflammatory safety answers", home + "/plan?nsaid-checked=1&nsaid-risk=asthma");
        await Check(page, "exercise sheet", home + "/plan/sheet");
        await Check(page, "saved result", home);
        await Check(page, "diary entry", home + "/diary/entry");
        await new DiaryEntryPage(page).SaveAsync(4, 3);
        await Check(page, "diary", home + "/diary");
        await Check(page, "check-in", home + "/check-in");
        await Check(page, "progress", home + "/progress");
        foreach (var text in await page.Locator("svg.chart text").AllAsync())
        {
            var height = (await text.BoundingBoxAsync())?.Height ?? 0;
            Assert.True(height >= 9, $"a chart label is {height:0.0} px high at 390 px");
        }

        await Check(page, "outcomes", home + "/outcomes");
        await Check(page, "account", "/account");
        await Check(page, "my data", "/account/data");
        var code = await ClinicianLoopTests.ShareAsync(page);
        await Check(page, "sharing with a code");

        await ClinicianLoopTests.SignUpAsync(doctor, $"phone-doctor-{suffix}@example.com", clinician: true, fixture);
        await Check(doctor, "redeem", "/clinician/redeem");
        await doctor.GetByLabel("The code the patient gave you").FillAsync(code);
        await doctor.GetByRole(AriaRole.Button, new() { Name = "See what they shared" }).ClickAsync();
        await Check(doctor, "clinician's patient");
        await Check(doctor, "clinician's patients", "/clinician");
        var clinicianHome = home.Replace("/assessments/", "/clinician/assessments/", StringComparison.Ordinal);
        await Check(doctor, "examination", clinicianHome + "/exam");
        await doctor.GetByRole(AriaRole.Button, new() { Name = "Show the effect" }).ClickAsync();
        await Check(doctor, "examination effect");
        await Check(doctor, "adjust plan", clinicianHome + "/plan");
        await Check(page, "who looked at my data", "/account/activity");

        Assert.True(checkedPages.Count > 25, "too few pages checked: " + string.Join(", ", checkedPages));
        axe.AssertClean();
        patientSession.AssertNoOffSiteRequests();
    }

    private static async Task AssertInputsAtLeast16PxAsync(IPage page, string name)
    {
        var small = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea')]
              .filter(e => parseFloat(getComputedStyle(e).fontSize) < 16)
              .map(e => `${e.name || e.id} (${getComputedStyle(e).fontSize})`)
            """);
        Assert.True(small.Length == 0, $"{name} ({page.Url}) has inputs under 16 px: {string.Join(", ", small)}");
    }
}
