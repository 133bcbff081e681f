using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

/// <summary>
/// The side of hip, buttock, groin or leg pain: asked beside the body map (no JavaScript needed), kept with the
/// answers, and named in the check page, the result ("right hip"), the clinician's exam and patient pages and the PDF.
/// </summary>
public sealed class PainSideTests
{
    /// <summary>The page's text: tags out, whitespace collapsed.</summary>
    internal static string Plain(string html) =>
        Regex.Replace(Html.Text(Regex.Replace(html, "<[^>]+>", " ")), "\\s+", " ");

    private static async Task<string> BodyMapAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/assess", UriKind.Relative));
        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("age", "58"), new("sex", "female")]);
        Assert.Contains("Where does it hurt?", page, StringComparison.Ordinal);
        Assert.Contains("name=\"a.pain.side\" value=\"right\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"right\" checked", page, StringComparison.Ordinal); // nothing preselected
        return page;
    }

    private static async Task<string> UntilCheckAsync(HttpClient client, string page)
    {
        for (var step = 0; step < 60 && !page.Contains("<h1>Check your answers</h1>", StringComparison.Ordinal); step++)
        {
            page = await client.PostOkAsync("/assess", page, FormPost.AnswerAll(page, "false"));
        }

        Assert.Contains("<h1>Check your answers</h1>", page, StringComparison.Ordinal);
        return page;
    }

    [Fact]
    public async Task The_side_chosen_on_the_body_map_reaches_check_your_answers_and_the_result()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await BodyMapAsync(client);
        page = await client.PostOkAsync("/assess", page,
            [new("state", Html.State(page)), new("where", "where.hip"), new("where", "where.groin"), new("where", "where.low_back"), new("a.pain.side", "right")]);
        var check = Plain(await UntilCheckAsync(client, page));
        Assert.Contains("Which side Right", check, StringComparison.Ordinal);

        var result = Plain(await AccountSteps.GetOkAsync(client, InterviewTests.Link(await UntilCheckAsync(client, page), "See my result")));
        Assert.Contains("Where it hurts: low back, right hip, right groin", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_side_without_a_hip_buttock_groin_or_leg_region_is_not_kept_and_a_made_up_side_is_refused()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var page = await BodyMapAsync(client);
        var refused = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.hip"), new("a.pain.side", "middle")]);
        Assert.Contains("<title>Error: ", refused, StringComparison.Ordinal);
        Assert.Contains("Choose Left, Right or Both sides", refused, StringComparison.Ordinal);

        page = await client.PostOkAsync("/assess", page, [new("state", Html.State(page)), new("where", "where.low_back"), new("a.pain.side", "left")]);
        var check = Html.Text(await UntilCheckAsync(client, page));
        Assert.DoesNotContain("Which side", check, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clinician_sees_the_side_on_the_exam_and_patient_pages_and_the_report_names_it()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "side@example.com",
            new Dictionary<string, string> { ["where.hip"] = "true", ["pain.side"] = "left" });
        var saved = Plain(await AccountSteps.GetOkAsync(patient, $"/assessments/{id}"));
        Assert.Contains("Where it hurts: low back, left hip, left groin", saved, StringComparison.Ordinal);

        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "side-doctor@example.com");
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();
        var exam = Plain(await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam"));
        Assert.Contains("Groin / anterior hip pain (left)", exam, StringComparison.Ordinal);
        Assert.Contains("52 years, female", exam, StringComparison.Ordinal);

        var account = await AccountSteps.GetOkAsync(patient, "/account");
        var patientId = AccountSteps.PatientId(account);
        var summary = Plain(await AccountSteps.GetOkAsync(clinician, "/clinician/patients/" + Uri.EscapeDataString(patientId)));
        Assert.Contains("Hip pain, site not specified (left)", summary, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(await clinician.GetByteArrayAsync(new Uri($"/assessments/{id}/report.pdf", UriKind.Relative)));
        var words = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("Where it hurts: low back, left hip, left groin", words, StringComparison.Ordinal);
    }
}
