using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class AuditTrailTests
{
    private const string Patient = "patient@example.com";
    private const string Doctor = "audit-doctor@example.com";
    private const string DoctorAddress = "203.0.113.7";

    private static List<AuditEvent> Events(HipSpineApp app)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().AuditEvents.AsNoTracking().ToList();
    }

    [Fact]
    public async Task A_clinician_with_a_grant_viewing_my_assessment_shows_who_when_and_from_where()
    {
        using var app = ClientAddress.App();
        using var patient = ClientAddress.BrowserFrom(app, "198.51.100.20");
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        using var clinician = ClientAddress.BrowserFrom(app, DoctorAddress);
        await ClinicianTests.SignUpClinicianAsync(app, clinician, Doctor);
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, id.ToString()))).Dispose();

        app.Clock.Advance(TimeSpan.FromHours(2)); // 11:00 UTC
        await ClinicianTests.SignInClinicianAsync(app, clinician, Doctor); // both sessions ended, unused for 2 hours
        (await AccountSteps.SignInAsync(patient, Patient)).Dispose();
        _ = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/exam");
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // events in the same instant have no defined order
        using (var report = await clinician.GetAsync(new Uri($"/assessments/{id}/report.pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        }

        var page = Html.Text(await AccountSteps.GetOkAsync(patient, "/account/activity"));
        Assert.Contains("<caption>What others did with your data, newest first (page 1 of 1)</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">When</th><th scope=\"col\">Who</th><th scope=\"col\">What</th><th scope=\"col\">From where</th>", page, StringComparison.Ordinal);
        Assert.Matches(
            $"<td>1 June 2026, 11:00 UTC</td><td>{Regex.Escape(Doctor)} \\(verified clinician: physiotherapist, HCPC PH123456\\)</td><td>viewed the examination page of your assessment of 1 June 2026</td><td>{Regex.Escape(DoctorAddress)}</td>",
            Html.Cells(page));
        Assert.Contains("downloaded the appointment report of your assessment of 1 June 2026", page, StringComparison.Ordinal);
        Assert.Contains("used your share code", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>You</td>", Html.Cells(page), StringComparison.Ordinal); // the patient's own reads only on request

        var own = Html.Text(await AccountSteps.GetOkAsync(patient, "/account/activity?own=true"));
        Assert.Matches("<td>You</td><td>viewed your plan</td><td>198\\.51\\.100\\.20</td>", Html.Cells(own));
        Assert.Contains("<td>You</td><td>made a share code</td>", Html.Cells(own), StringComparison.Ordinal);

        // Newest first: the report download (the later read) comes before the exam page view.
        Assert.True(page.IndexOf("appointment report", StringComparison.Ordinal) < page.IndexOf("examination page", StringComparison.Ordinal));
        var read = Events(app).Single(e => e.Action == AuditActions.Read && e.Resource == AuditResources.Exam);
        Assert.Equal(($"/clinician/assessments/{id}/exam", AuditRoles.Clinician, id.ToString()), (read.Path, read.ActorRole, read.ResourceId));
    }

    [Fact]
    public async Task A_refused_attempt_on_my_data_is_shown_as_refused_and_never_as_a_read()
    {
        using var app = ClientAddress.App();
        using var patient = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        var patientId = await AccountSteps.PatientIdAsync(patient);
        using var other = ClientAddress.BrowserFrom(app, "192.0.2.99");
        await ClinicianTests.SignUpClinicianAsync(app, other, "nosy@example.com"); // a clinician, but without a grant

        foreach (var url in new[] { $"/assessments/{id}/report.pdf", $"/clinician/assessments/{id}/exam", $"/fhir/Patient/{patientId}/$everything", $"/assessments/{id}/diary" })
        {
            using var response = await other.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        var events = Events(app).Where(e => e.ActorRole == AuditRoles.Clinician).ToList();
        Assert.DoesNotContain(events, e => e.Action == AuditActions.Read);
        Assert.Equal(4, events.Count(e => e.Action == AuditActions.Denied && e.PatientId == patientId)); // the diary (the plan pages) too

        var page = Html.Text(await AccountSteps.GetOkAsync(patient, "/account/activity"));
        Assert.Contains("<td>nosy@example.com (verified clinician: physiotherapist, HCPC PH123456)</td><td>tried to open the appointment report of your assessment of 1 June 2026 and was refused (nothing was shown)</td><td>192.0.2.99</td>", Html.Cells(page), StringComparison.Ordinal);
        Assert.DoesNotContain("viewed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("downloaded", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_are_recorded_with_who_what_and_whose()
    {
        using var app = ClientAddress.App();
        using var patient = ClientAddress.BrowserFrom(app, "198.51.100.20");
        var id = await AccountSteps.PersonWithPlanAsync(app, patient, Patient);
        var patientId = await AccountSteps.PatientIdAsync(patient);
        var form = await AccountSteps.GetOkAsync(patient, $"/assessments/{id}/diary/entry");
        (await patient.PostAsync($"/assessments/{id}/diary/entry", form, [new("Form.At", "2026-06-01T08:30"), new("Form.Pain", "6")])).Dispose();

        using var clinician = ClientAddress.BrowserFrom(app, DoctorAddress);
        await ClinicianTests.SignUpClinicianAsync(app, clinician, Doctor);
        (await ClinicianTests.RedeemAsync(clinician, await ClinicianTests.ShareAsync(patient, "all"))).Dispose();
        var plan = await AccountSteps.GetOkAsync(clinician, $"/clinician/assessments/{id}/plan");
        (await clinician.PostAsync($"/clinician/assessments/{id}/plan", plan, [new("note", "Review in two weeks.")])).Dispose();

        var writes = Events(app).Where(e => e.Action is not (AuditActions.Read or AuditActions.Denied)).ToList();
        Assert.All(writes, e => Assert.Equal(patientId, e.PatientId));
        void Has(string actor, string role, string action, string resource) =>
            Assert.True(writes.Any(e => e.ActorId == actor && e.ActorRole == role && e.Action == action && e.Resource == resource),
                $"no {action} {resource} by {role}: " + string.Join("; ", writes.Select(e => $"{e.ActorRole} {e.Action} {e.Resource}")));
        Has(patientId, AuditRoles.Patient, AuditActions.Create, AuditResources.Assessment);
        Has(patientId, AuditRoles.Patient, AuditActions.Create, AuditResources.Plan);
        Has(patientId, AuditRoles.Patient, AuditActions.Create, AuditResources.Diary);
        Has(patientId, AuditRoles.Patient, AuditActions.Share, AuditResources.ShareGrant);
        var doctorId = writes.Single(e => e.Action == AuditActions.Redeem).ActorId!;
        Has(doctorId, AuditRoles.Clinician, AuditActions.Create, AuditResources.PlanAdjustment);
        Assert.Equal(DoctorAddress, writes.Single(e => e.Resource == AuditResources.PlanAdjustment).RemoteIp);

        var page = Html.Text(await AccountSteps.GetOkAsync(patient, "/account/activity?own=true"));
        Assert.Contains($"<td>{Doctor} (verified clinician: physiotherapist, HCPC PH123456)</td><td>adjusted your plan</td>", Html.Cells(page), StringComparison.Ordinal);
        Assert.Contains("<td>You</td><td>added an entry to your diary</td>", Html.Cells(page), StringComparison.Ordinal);
        Assert.Contains("<td>You</td><td>saved your assessment of 1 June 2026</td>", Html.Cells(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_carried_through_sign_up_is_saved_by_the_person_not_by_someone_signed_out()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var result = await AccountSteps.ResultAsync(client);
        var signUp = await client.PostOkAsync("/account/signup?handler=carry", result, [new("State", Html.State(result))]);
        (await AccountSteps.SignUpAsync(client, Patient, AccountSteps.Password, [new("State", Html.Hidden(signUp, "State"))])).Dispose();
        var patientId = await AccountSteps.PatientIdAsync(client);

        var saved = Events(app).Single(e => e.Action == AuditActions.Create);
        Assert.Equal((patientId, AuditRoles.Patient, patientId, AuditResources.Assessment), (saved.ActorId, saved.ActorRole, saved.PatientId, saved.Resource));
        Assert.Contains("Nobody else has looked at or changed your data.", await AccountSteps.GetOkAsync(client, "/account/activity"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_activity_page_shows_25_events_a_page_newest_first()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        using (var signedUp = await AccountSteps.SignUpAsync(patient, Patient))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        }

        var patientId = await AccountSteps.PatientIdAsync(patient);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
            db.AuditEvents.AddRange(Enumerable.Range(1, 30).Select(i => new AuditEvent
            {
                Id = Guid.NewGuid(),
                WhenUtc = new DateTime(2026, 5, i, 12, 0, 0, DateTimeKind.Utc),
                ActorRole = AuditRoles.Anonymous,
                PatientId = patientId,
                Action = AuditActions.Denied,
                Resource = AuditResources.Everything,
            }));
            await db.SaveChangesAsync();
        }

        var first = await AccountSteps.GetOkAsync(patient, "/account/activity");
        Assert.Equal(25, Regex.Matches(first, "<tr class=\"refused\">").Count);
        Assert.Contains("(page 1 of 2)", first, StringComparison.Ordinal);
        Assert.Contains("<td>30 May 2026, 12:00 UTC</td>", Html.Cells(first), StringComparison.Ordinal);
        Assert.Contains("href=\"/account/activity?p=2\" rel=\"next\"", first, StringComparison.Ordinal);
        var second = await AccountSteps.GetOkAsync(patient, "/account/activity?p=2");
        Assert.Equal(5, Regex.Matches(second, "<tr class=\"refused\">").Count);
        Assert.Contains("<td>1 May 2026, 12:00 UTC</td>", Html.Cells(second), StringComparison.Ordinal);
        Assert.Contains("Someone not signed in", second, StringComparison.Ordinal);
    }
}
