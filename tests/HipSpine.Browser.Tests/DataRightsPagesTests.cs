using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>"Who looked at my data", "My data" (with a refused delete) and the page after a delete, scanned by axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DataRightsPagesTests(BrowserFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task The_activity_data_and_deleted_pages_pass_axe()
    {
        await using var app = new BrowserApp();
        app.Start();
        await using var session = await fixture.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        var axe = new AxeScan();

        await ClinicianLoopTests.SignUpAsync(page, "rights@example.com", clinician: false, password: Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "My data", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My data", Level = 1 })).ToBeVisibleAsync();
        await axe.ScanAsync(page, "my data");

        // A download (with the browser's cookies) gives the activity table a row.
        var csv = await page.Context.APIRequest.GetAsync("/account/data?handler=csv");
        Assert.Equal(200, csv.Status);
        await page.GotoAsync("/account/activity?own=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("downloaded all your data (CSV)");
        await axe.ScanAsync(page, "who looked at my data");

        await page.GotoAsync("/account/data");
        await page.GetByLabel("Your password, to confirm").FillAsync("not my password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all my data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("the password is not right");
        await axe.ScanAsync(page, "my data, wrong password");

        await page.GetByLabel("Your password, to confirm").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and all my data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account has been deleted" })).ToBeVisibleAsync();
        await axe.ScanAsync(page, "account deleted");

        axe.AssertClean();
        session.AssertNoOffSiteRequests();
    }
}
