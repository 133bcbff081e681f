using HipSpine.Tests.Shared;
using UglyToad.PdfPig;

namespace HipSpine.Web.Tests;

/// <summary>The clinician's views in words: the patient summary, the exam form in clinical units, the report.</summary>
public sealed class ClinicianViewTests
{
    [Fact]
    public async Task The_patient_page_summarises_age_sex_urgency_warning_signs_pain_and_notes()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "summary@example.com");
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        (await patient.PostAsync($"/assessments/{id}/diary/entry", form, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "6"), new("Form.Notes", "Worse after gardening")])).Dispose();
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "summary-doctor@example.com");
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();

        var account = await AccountSteps.GetOkAsync(patient, "/account");
        var patientId = AccountSteps.PatientId(account);
        var page = Html.Text(await AccountSteps.GetOkAsync(clinician, "/clinician/patients/" + Uri.EscapeDataString(patientId)));
        Assert.Contains("52 years, female", page, StringComparison.Ordinal);
        Assert.Contains("6/10 on 1 Jun 2026", page, StringComparison.Ordinal);
        Assert.Contains("Worse after gardening", page, StringComparison.Ordinal);
        Assert.Contains("Warning signs", page, StringComparison.Ordinal);

        // The exam form takes temperature in degrees Celsius with a decimal, and its effect is in words.
        var exam = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        Assert.Contains("°C", Html.Text(exam), StringComparison.Ordinal);
        var effect = Html.Text(await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.temperature_c10", "38.6")]));
        Assert.DoesNotContain("Please check", effect, StringComparison.Ordinal);
        Assert.Contains("38.6 °C", effect, StringComparison.Ordinal);
        var refused = Html.Text(await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.temperature_c10", "385")]));
        Assert.Contains("a temperature from", refused, StringComparison.Ordinal);

        using var pdf = PdfDocument.Open(await patient.GetByteArrayAsync(new Uri($"/assessments/{id}/report.pdf", UriKind.Relative)));
        var words = string.Join(' ', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Age and sex: 52 years, female", words, StringComparison.Ordinal);
        Assert.DoesNotMatch("[a-z]+\\.[a-z_]+ = ", words); // no finding codes
    }
}
