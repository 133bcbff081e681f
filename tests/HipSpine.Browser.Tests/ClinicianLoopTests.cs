using System.Text;
using HipSpine.Browser.Tests.Pages;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace HipSpine.Browser.Tests;

/// <summary>
/// The clinician loop in Chromium at desktop and phone width: a patient saves a result, starts the plan and
/// shares it; a clinician drops one exercise and adds another; the patient is told on their next page and the
/// change shows in the plan, the diary form, the progress table, the calendar file and the PDF report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClinicianLoopTests(BrowserFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task A_clinician_plan_change_reaches_the_patient_everywhere(int width)
    {
        await using var patientSession = await fixture.NewSessionAsync();
        await using var clinicianSession = await fixture.NewSessionAsync();
        var patient = patientSession.Page;
        var clinician = clinicianSession.Page;
        await Viewport.UseAsync(patient, width);
        await Viewport.UseAsync(clinician, width);
        var axe = new AxeScan();
        var suffix = Guid.NewGuid().ToString("N")[..8];

        await SignUpAsync(patient, $"loop-patient-{suffix}@example.com", clinician: false);
        var home = await SaveAndStartAPlanAsync(patient);
        var code = await ShareAsync(patient);

        await SignUpAsync(clinician, $"loop-doctor-{suffix}@example.com", clinician: true, fixture);
        await clinician.GotoAsync("/clinician/redeem");
        await clinician.GetByLabel("The code the patient gave you").FillAsync(code);
        await clinician.GetByRole(AriaRole.Button, new() { Name = "See what they shared" }).ClickAsync();
        await clinician.GotoAsync(home.Replace("/assessments/", "/clinician/assessments/", StringComparison.Ordinal) + "/plan");
        var boxes = clinician.Locator("input[name=exercise]");
        var ticked = clinician.Locator("input[name=exercise]:checked");
        var dropped = await LabelOfAsync(clinician, ticked.First);
        var added = await LabelOfAsync(clinician, clinician.Locator("input[name=exercise]:not(:checked)").First);
        Assert.True(await boxes.CountAsync() > await ticked.CountAsync(), "no exercise left to add");
        await clinician.GetByLabel(dropped, new() { Exact = true }).UncheckAsync();
        await clinician.GetByLabel(added, new() { Exact = true }).CheckAsync();
        await clinician.GetByLabel("Note for the patient").FillAsync("Walk daily for 20 minutes.");
        await Viewport.AssertNoSidewaysScrollAsync(clinician, "adjust plan");
        await axe.ScanAsync(clinician, "adjust plan");
        await clinician.GetByRole(AriaRole.Button, new() { Name = "Save the plan change" }).ClickAsync();

        // The patient's next page: who changed what, with a link to the plan.
        await patient.GotoAsync("/account");
        var notice = patient.GetByRole(AriaRole.Complementary, new() { Name = "Your clinician changed your plan" });
        await Assertions.Expect(notice).ToContainTextAsync("loop-doctor-" + suffix);
        await Assertions.Expect(notice).ToContainTextAsync("added " + added);
        await axe.ScanAsync(patient, "account with a plan change");
        await notice.GetByRole(AriaRole.Link, new() { Name = "See your plan" }).ClickAsync();

        var exercises = patient.GetByRole(AriaRole.Region, new() { Name = "Your exercise plan" });
        await Assertions.Expect(exercises).ToContainTextAsync(added);
        await Assertions.Expect(exercises).Not.ToContainTextAsync(dropped);
        await Assertions.Expect(patient.Locator("main")).ToContainTextAsync("Walk daily for 20 minutes.");
        await Viewport.AssertNoSidewaysScrollAsync(patient, "plan");
        await axe.ScanAsync(patient, "plan with a clinician's change");

        await patient.GotoAsync(home + "/diary/entry");
        await Assertions.Expect(patient.Locator("main")).ToContainTextAsync(added);
        await Assertions.Expect(patient.Locator("main")).Not.ToContainTextAsync(dropped);
        await Viewport.AssertNoSidewaysScrollAsync(patient, "diary entry");

        await patient.GotoAsync(home + "/progress");
        var table = patient.GetByRole(AriaRole.Table, new() { Name = "Exercises of your plan and the next step" });
        await Assertions.Expect(table).ToContainTextAsync(added);
        await Assertions.Expect(table).Not.ToContainTextAsync(dropped);
        await Viewport.AssertNoSidewaysScrollAsync(patient, "progress");

        var calendar = await patient.APIRequest.GetAsync(home + "/plan.ics");
        var ics = Encoding.UTF8.GetString(await calendar.BodyAsync()).Replace("\r\n ", "", StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
        Assert.Contains(added, ics, StringComparison.Ordinal);
        Assert.DoesNotContain(dropped, ics, StringComparison.Ordinal);

        var report = await patient.APIRequest.GetAsync(home + "/report.pdf");
        using var pdf = PdfDocument.Open(await report.BodyAsync());
        var words = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains(added.Split(' ')[0], words, StringComparison.Ordinal);
        Assert.Contains("Walk daily for 20 minutes.", words, StringComparison.Ordinal);

        axe.AssertClean();
        patientSession.AssertNoOffSiteRequests();
    }

    private static async Task<string> LabelOfAsync(IPage page, ILocator box)
    {
        var id = await box.GetAttributeAsync("id");
        return (await page.Locator($"label[for='{id}']").InnerTextAsync()).Trim();
    }

    /// <summary>
    /// Signs up as a person does: the form, "check your email", the confirmation link from the mail (through the
    /// local SMTP sink), then sign-in. With <paramref name="axe"/>, each of those pages is scanned.
    /// </summary>
    internal static async Task SignUpAsync(IPage page, string email, bool clinician, BrowserFixture? fixture = null, AxeScan? axe = null, string password = Password)
    {
        await page.GotoAsync("/account/signup");
        await ScanAsync(axe, page, "sign up");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password (at least 10 characters").FillAsync(password);
        await page.GetByLabel("The same password again").FillAsync(password);
        if (clinician)
        {
            await page.GetByLabel("I am a clinician").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-email")).ToContainTextAsync(email);
        await ScanAsync(axe, page, "check your email");
        await ConfirmEmailAsync(page, email, axe);

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync(); // leads on to the clinician form when signing up as one
        await ScanAsync(axe, page, "sign in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = clinician ? "I am a clinician" : "My account", Level = 1 })).ToBeVisibleAsync();
        if (clinician)
        {
            await BecomeVerifiedClinicianAsync(page, email, fixture ?? throw new ArgumentNullException(nameof(fixture)));
        }
    }

    /// <summary>Follows the newest confirmation link mailed to <paramref name="email"/> (older ones may be another app's) and presses the button.</summary>
    private static async Task ConfirmEmailAsync(IPage page, string email, AxeScan? axe)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var link = await HipSpine.Tests.Mail.SinkMail.NextConfirmationLinkAsync(email, tried);
            tried.Add(link);
            await page.GotoAsync(link);
            await ScanAsync(axe, page, "confirm your email");
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
            await Assertions.Expect(page.Locator("#email-confirmed, #link-invalid")).ToBeVisibleAsync();
            if (await page.Locator("#email-confirmed").CountAsync() == 1)
            {
                await ScanAsync(axe, page, "email confirmed");
                return;
            }
        }
    }

    private static Task ScanAsync(AxeScan? axe, IPage page, string name) => axe is null ? Task.CompletedTask : axe.ScanAsync(page, name);

    /// <summary>
    /// What a clinician does after signing up: applies with a registration, is approved (by the administrator,
    /// here straight through the services) and turns on two-step sign-in with the code an authenticator would show.
    /// </summary>
    private static async Task BecomeVerifiedClinicianAsync(IPage page, string email, BrowserFixture fixture)
    {
        await page.GotoAsync("/account/clinician");
        await page.GetByLabel("Profession (for example").FillAsync("physiotherapist");
        await page.GetByLabel("Registration body (for example").FillAsync("HCPC");
        await page.GetByLabel("Registration number").FillAsync("PH123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await fixture.VerifyClinicianAsync(email);
        await page.GotoAsync("/account/two-factor");
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Code from the app", new() { Exact = true }).FillAsync(HipSpine.Tests.Shared.Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn two-step sign-in on" }).ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-on")).ToBeVisibleAsync();
    }

    /// <summary>All questions on one page (groin and low back pain, age 58), saved, plan started: <c>/assessments/{id}</c>.</summary>
    internal static async Task<string> SaveAndStartAPlanAsync(IPage page)
    {
        await page.GotoAsync("/assess/all");
        await page.GetByLabel("Your age in years").FillAsync("58");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Female" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        var home = await new ResultPage(page).SaveToAccountAsync();
        await page.GotoAsync(home + "/plan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start my plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your plan started on" })).ToBeVisibleAsync();
        return home;
    }

    internal static async Task<string> ShareAsync(IPage page)
    {
        await page.GotoAsync("/account/sharing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a code" }).ClickAsync();
        return (await page.Locator("#share-code").InnerTextAsync()).Trim();
    }
}
