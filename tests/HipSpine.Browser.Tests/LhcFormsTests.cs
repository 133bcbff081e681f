using System.Text.Json;
using HipSpine.Fhir;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// A FHIR client no one on the team wrote: NLM's LHC-Forms (npm <c>lforms</c>, R4 support script) in Chromium finds
/// HipSpine's intake Questionnaire by its canonical URL, renders it without a console error, applies its enableWhen,
/// and the QuestionnaireResponse it exports is assessed by <c>$assess</c>, posted with the signed-in page's session.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LhcFormsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LHC_Forms_renders_the_intake_and_its_exported_response_is_assessed()
    {
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await ClinicianLoopTests.SignUpAsync(page, $"lhc-forms-{Guid.NewGuid():N}@example.com", clinician: false);

        // Errors of the client page only (watched from here on).
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems)
                {
                    problems.Add($"console: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add("page error: " + error);
            }
        };
        await LhcFormsPage.ServeAsync(page, fixture.BaseAddress);

        await page.GotoAsync(LhcFormsPage.Path + "index.html?questionnaire=" + Uri.EscapeDataString(FhirService.QuestionnaireUrl));
        var status = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).Not.ToHaveTextAsync("loading");
        await Assertions.Expect(status).ToHaveTextAsync("rendered");
        await Assertions.Expect(page.GetByText("Do you have pain in your lower back?")).ToBeVisibleAsync();

        // A man of 58 with low back pain and a fever; "Are you pregnant?" shows for a woman and goes away for a man.
        var pregnant = page.Locator("[id='item-hx.pregnant/1/1']");
        await page.Locator("[id='age/1']").FillAsync("58");
        await ChooseAsync(page, "sex/1", "Female");
        await Assertions.Expect(pregnant).ToBeVisibleAsync();
        await page.Locator("[id='hx.pregnant/1/1|false']").ClickAsync();
        await ChooseAsync(page, "sex/1", "Male");
        await Assertions.Expect(pregnant).ToHaveCountAsync(0);
        await page.Locator("[id='where.low_back/1/1|true']").ClickAsync();
        await page.Locator("[id='systemic.fever/1/1|true']").ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send to $assess" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("assessed");
        using var result = JsonDocument.Parse(await page.Locator("#result").TextContentAsync() ?? "{}");
        var sent = result.RootElement.GetProperty("sent");
        var received = result.RootElement.GetProperty("received");

        Assert.True(result.RootElement.GetProperty("status").GetInt32() == 200, received.GetRawText());
        Assert.Equal("QuestionnaireResponse", sent.GetProperty("resourceType").GetString());
        Assert.StartsWith(FhirService.QuestionnaireUrl + "|", sent.GetProperty("questionnaire").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hx.pregnant", sent.GetRawText(), StringComparison.Ordinal); // disabled items are not exported
        Assert.Equal("RiskAssessment", received.GetProperty("resourceType").GetString());
        Assert.Equal("final", received.GetProperty("status").GetString());
        var urgency = received.GetProperty("extension").EnumerateArray()
            .Single(e => e.GetProperty("url").GetString()!.EndsWith("/StructureDefinition/urgency", StringComparison.Ordinal))
            .GetProperty("valueCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString();
        Assert.True(urgency is "urgent" or "emergency", "back pain with a fever must be seen soon, not " + urgency);
        Assert.NotEmpty(received.GetProperty("prediction").EnumerateArray());

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        session.AssertNoOffSiteRequests();
    }

    /// <summary>Picks an answer in LHC-Forms' list as a person does: open the list, click the answer.</summary>
    private static async Task ChooseAsync(IPage page, string id, string answer)
    {
        await page.Locator($"[id='{id}']").ClickAsync();
        await page.Locator("#completionOptions li:visible").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($@"^\d+:\s*{answer}$") }).ClickAsync();
        await Assertions.Expect(page.Locator($"[id='{id}']")).ToHaveValueAsync(answer);
    }
}
