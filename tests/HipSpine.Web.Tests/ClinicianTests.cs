using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

public sealed partial class ClinicianTests
{
    private const string Patient = "patient@example.com";
    private const string Doctor = "doctor@example.com";

    [GeneratedRegex("id=\"share-code\">([0-9a-f]{32})<")]
    private static partial Regex CodePattern();

    internal static async Task SignUpClinicianAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync(new Uri("/account/signup", UriKind.Relative));
        using var created = await client.PostAsync("/account/signup", page,
            [new("Email", email), new("Password", AccountSteps.Password), new("ConfirmPassword", AccountSteps.Password), new("IsClinician", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    internal static async Task<string> ShareAsync(HttpClient patient, string scope, int days = 14, string email = "")
    {
        var page = await AccountSteps.GetOkAsync(patient, "/account/sharing");
        var shared = await patient.PostOkAsync("/account/sharing?handler=create", page, [new("scope", scope), new("days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("email", email)]);
        return CodePattern().Match(shared).Groups[1].Value;
    }

    internal static async Task<HttpResponseMessage> RedeemAsync(HttpClient clinician, string code)
    {
        var page = await AccountSteps.GetOkAsync(clinician, "/clinician/redeem?code=" + code);
        return await clinician.PostAsync("/clinician/redeem", page, [new("Code", code)]);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    [Fact]
    public async Task A_clinician_sees_a_patient_only_with_a_redeemed_grant_until_it_is_revoked()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await SignUpClinicianAsync(clinician, Doctor);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/clinician/assessments/{id}/exam"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/assessments/{id}/report.pdf"));
        Assert.DoesNotContain(Patient, await AccountSteps.GetOkAsync(clinician, "/clinician"), StringComparison.Ordinal);

        var code = await ShareAsync(patient, id.ToString());
        using (var redeemed = await RedeemAsync(clinician, code))
        {
            Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        }

        Assert.Contains(Patient, await AccountSteps.GetOkAsync(clinician, "/clinician"), StringComparison.Ordinal);
        _ = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clinician, $"/assessments/{id}/report.pdf"));

        // A second clinician cannot reuse the one-time code.
        using var other = app.Browser();
        await SignUpClinicianAsync(other, "other@example.com");
        using (var reused = await RedeemAsync(other, code))
        {
            Assert.Contains("already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var sharing = await AccountSteps.GetOkAsync(patient, "/account/sharing");
        Assert.Contains(Doctor, sharing, StringComparison.Ordinal);
        var grant = Regex.Match(sharing, "name=\"grant\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        using (var revoked = await patient.PostAsync("/account/sharing?handler=revoke", sharing, [new("grant", grant)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/clinician/assessments/{id}/exam"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/assessments/{id}/report.pdf"));
        Assert.DoesNotContain(Patient, await AccountSteps.GetOkAsync(clinician, "/clinician"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_grant_and_a_grant_for_another_email_show_nothing()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await SignUpClinicianAsync(clinician, Doctor);

        var named = await ShareAsync(patient, "all", email: "someone-else@example.com");
        using (var refused = await RedeemAsync(clinician, named))
        {
            Assert.Contains("another clinician", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var code = await ShareAsync(patient, "all", days: 1);
        (await RedeemAsync(clinician, code)).Dispose();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clinician, $"/clinician/assessments/{id}/plan"));
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/clinician/assessments/{id}/plan"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/assessments/{id}/report.pdf"));
    }

    [Fact]
    public async Task Examination_findings_raise_hip_sources_side_by_side_and_a_saved_plan_change_reaches_the_patient()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await SignUpClinicianAsync(clinician, Doctor);
        (await RedeemAsync(clinician, await ShareAsync(patient, "all"))).Dispose();

        var exam = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        Assert.Contains("name=\"x.exam.fadir_positive\"", exam, StringComparison.Ordinal);
        var effect = await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam,
            [new("x.exam.hip_internal_rotation_deg", "10"), new("x.exam.fadir_positive", "true")]);
        Assert.Contains("exam-comparison", effect, StringComparison.Ordinal);
        Assert.Matches("exam.fadir_positive = Yes \\(LR [0-9.]+\\)", effect);
        Assert.Matches("exam.hip_internal_rotation_deg = 10[^(]*\\(LR [0-9.]+\\)", effect);

        using (var saved = await clinician.PostAsync($"/clinician/assessments/{id}/exam", exam,
            [new("x.exam.hip_internal_rotation_deg", "10"), new("x.exam.fadir_positive", "true"), new("save", "1")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(2, app.SavedCount());
        var page = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/plan");
        var keep = Regex.Matches(page, "name=\"exercise\" value=\"([^\"]+)\" checked").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(keep);
        using (var adjusted = await clinician.PostAsync($"/clinician/assessments/{id}/plan", page,
            keep.Skip(1).Select(e => new KeyValuePair<string, string>("exercise", e)).Append(new("note", "Walk daily for 20 minutes."))))
        {
            Assert.Equal(HttpStatusCode.Redirect, adjusted.StatusCode);
        }

        var plan = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/plan");
        Assert.Contains("Your clinician adjusted your plan: dropped", plan, StringComparison.Ordinal);
        Assert.Contains("Walk daily for 20 minutes.", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_is_a_pdf_with_urgency_a_source_an_answer_and_the_clinician_note()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await SignUpClinicianAsync(clinician, Doctor);
        (await RedeemAsync(clinician, await ShareAsync(patient, id.ToString()))).Dispose();
        var page = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/plan");
        (await clinician.PostAsync($"/clinician/assessments/{id}/plan", page, [new("note", "Review in two weeks.")])).Dispose();

        using var response = await patient.GetAsync(new Uri($"/assessments/{id}/report.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var words = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Review in two weeks.", words, StringComparison.Ordinal);
        Assert.Contains("groin", words, StringComparison.OrdinalIgnoreCase); // an answered question
        Assert.Matches("(?i)self-care|soon|urgent|emergency", words);
    }
}
