using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>
/// The vital signs of knowledge 1.69.0 on the clinician's exam form: each in its clinical unit, range-checked, and a
/// low blood pressure with a fast pulse turning the stored case into an emergency (sepsis_or_shock_vital_signs).
/// </summary>
public sealed class ClinicianVitalSignsTests
{
    [Fact]
    public async Task The_exam_form_takes_pulse_pressure_and_breathing_rate_and_shock_makes_the_effect_an_emergency()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, "vitals@example.com");
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "vitals-doctor@example.com");
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();

        var exam = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        var form = Html.Text(exam);
        Assert.Contains("Heart rate (beats a minute)", form, StringComparison.Ordinal);
        Assert.Contains("Systolic blood pressure (mmHg)", form, StringComparison.Ordinal);
        Assert.Contains("Breathing rate (breaths a minute)", form, StringComparison.Ordinal);

        var effect = Html.Text(await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam,
            [new("x.exam.heart_rate_bpm", "124"), new("x.exam.systolic_bp_mmhg", "84")]));
        Assert.DoesNotContain("Please check", effect, StringComparison.Ordinal);
        Assert.Contains("Emergency: get help now", effect, StringComparison.Ordinal);

        var refused = Html.Text(await clinician.PostOkAsync($"/clinician/assessments/{id}/exam", exam, [new("x.exam.systolic_bp_mmhg", "12")]));
        Assert.Contains("Systolic blood pressure (mmHg): enter a whole number from 40 to 300", refused, StringComparison.Ordinal);
    }
}
