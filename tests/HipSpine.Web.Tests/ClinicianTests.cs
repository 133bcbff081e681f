using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

public sealed partial class ClinicianTests
{
    private const string Patient = "patient@example.com";
    private const string Doctor = "doctor@example.com";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Two_clinicians_redeeming_one_code_at_once_exactly_one_wins(string provider)
    {
        using var app = PostgresApp.On(provider);
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var first = app.Browser();
        await SignUpClinicianAsync(app, first, Doctor);
        using var second = app.Browser();
        await SignUpClinicianAsync(app, second, "second-doctor@example.com");

        for (var round = 0; round < 4; round++) // four: sign-ups and shares stay under the 10 /account POSTs a minute
        {
            var code = await ShareAsync(patient, id.ToString());
            var pages = await Task.WhenAll(
                AccountSteps.GetOkAsync(first, "/clinician/redeem?code=" + code), AccountSteps.GetOkAsync(second, "/clinician/redeem?code=" + code));
            var replies = await Task.WhenAll(
                first.PostAsync("/clinician/redeem", pages[0], [new("Code", code)]), second.PostAsync("/clinician/redeem", pages[1], [new("Code", code)]));
            try
            {
                Assert.Equal(1, replies.Count(r => r.StatusCode == HttpStatusCode.Redirect));
                var loser = replies.Single(r => r.StatusCode != HttpStatusCode.Redirect);
                Assert.Contains("already been used", await loser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            finally
            {
                foreach (var reply in replies)
                {
                    reply.Dispose();
                }
            }
        }

        // Each code has one clinician and one redeem event in the audit trail.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpine.Data.HipSpineDbContext>();
        Assert.Equal(4, db.ShareGrants.Count(g => g.ClinicianId != null));
        Assert.Equal(4, db.AuditEvents.Count(e => e.Action == HipSpine.Data.AuditActions.Redeem));
    }

    [Fact]
    public async Task A_clinician_sees_a_patient_only_with_a_redeemed_grant_until_it_is_revoked()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = app.Browser();
        await SignUpClinicianAsync(app, clinician, Doctor);

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
        await SignUpClinicianAsync(app, other, "other@example.com");
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
        await SignUpClinicianAsync(app, clinician, Doctor);

        var named = await ShareAsync(patient, "all", email: "someone-else@example.com");
        using (var refused = await RedeemAsync(clinician, named))
        {
            Assert.Contains("another clinician", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var code = await ShareAsync(patient, "all", days: 1);
        (await RedeemAsync(clinician, code)).Dispose();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clinician, $"/clinician/assessments/{id}/plan"));
        app.Clock.Advance(TimeSpan.FromDays(2));
        await SignInClinicianAsync(app, clinician, Doctor); // two idle days ended the session
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
        await SignUpClinicianAsync(app, clinician, Doctor);
        (await RedeemAsync(clinician, await ShareAsync(patient, "all"))).Dispose();

        var exam = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        Assert.Contains("name=\"x.exam.fadir_positive\"", exam, StringComparison.Ordinal);
        var effect = await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam,
            [new("x.exam.hip_internal_rotation_deg", "10"), new("x.exam.fadir_positive", "true")]);
        Assert.Contains("exam-comparison", effect, StringComparison.Ordinal);
        // Words, never codes: the clinician's wording, the value in its unit.
        Assert.Matches("Positive FADIR impingement test: Yes \\(likelihood ratio [0-9.]+\\)", Html.Text(effect));
        Assert.Matches("Passive hip internal rotation \\(degrees\\): 10° \\(likelihood ratio [0-9.]+\\)", Html.Text(effect));
        Assert.DoesNotContain("exam.", Html.Text(effect).Replace("name=\"x.exam.", "", StringComparison.Ordinal).Replace("id=\"x-exam", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using (var saved = await clinician.PostAsync($"/clinician/assessments/{id}/exam", exam,
            [new("x.exam.hip_internal_rotation_deg", "10"), new("x.exam.fadir_positive", "true"), new("save", "1")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Equal(2, app.SavedCount());

        // The examined version's RiskAssessment gives the hip sources more probability than the patient's own.
        var account = await AccountSteps.GetOkAsync(patient, "/account");
        var patientId = AccountSteps.PatientId(account);
        using (var everything = JsonDocument.Parse(await AccountSteps.GetOkAsync(clinician, $"/fhir/Patient/{patientId}/$everything")))
        {
            var resources = everything.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToArray();
            var examined = resources.Single(r => r.GetProperty("resourceType").GetString() == "QuestionnaireResponse"
                && r.GetRawText().Contains("\"exam.fadir_positive\"", StringComparison.Ordinal)).GetProperty("id").GetString()!
                .Replace("-exam", "", StringComparison.Ordinal); // the examination answers travel beside the version's intake response
            double Hip(bool ofExamined) => resources
                .Where(r => r.GetProperty("resourceType").GetString() == "RiskAssessment")
                .Single(r => (r.GetProperty("basis")[0].GetProperty("reference").GetString() == "QuestionnaireResponse/" + examined) == ofExamined)
                .GetProperty("prediction").EnumerateArray()
                .Where(p => p.GetProperty("outcome").GetProperty("coding")[0].GetProperty("code").GetString()!.StartsWith("hip_", StringComparison.Ordinal))
                .Sum(p => p.GetProperty("probabilityDecimal").GetDouble());
            Assert.True(Hip(true) > Hip(false), string.Create(CultureInfo.InvariantCulture, $"hip sources {Hip(false):0.000} before the exam, {Hip(true):0.000} after"));
        }

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
        await SignUpClinicianAsync(app, clinician, Doctor);
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
        var sources = app.Services.GetRequiredService<KnowledgeBase>().Vocabulary.Sources;
        Assert.Contains(sources, s => s.Name.Length > 0 && words.Contains(s.Name, StringComparison.Ordinal));
        AssertRendersWithPdftoppm(bytes);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>Poppler renders the first page to a non-empty PNG: the PDF is readable by a real viewer.</summary>
    private static void AssertRendersWithPdftoppm(byte[] pdf)
    {
        const string Pdftoppm = "/usr/bin/pdftoppm";
        Assert.True(File.Exists(Pdftoppm), Pdftoppm + " is missing: apt-get install poppler-utils (or run scripts/install-prerequisites)");
        var folder = Directory.CreateTempSubdirectory("hipspine-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "report.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(Pdftoppm) { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["-png", "-r", "40", "-f", "1", "-l", "1", input, Path.Combine(folder, "page")])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "pdftoppm did not finish in 60 s");
            Assert.True(process.ExitCode == 0, "pdftoppm failed: " + error);
            var png = Assert.Single(Directory.GetFiles(folder, "page*.png"));
            Assert.True(new FileInfo(png).Length > 1000, "the rendered page is empty");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
