using System.Net;
using HipSpine.Data;
using HipSpine.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// Email ownership through real mail (MailKit to the local SMTP sink) and clinician as a verified state: a
/// self-declared clinician reads nothing that was not shared with their confirmed email.
/// </summary>
public sealed class VerifiedClinicianTests
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@hospital.example";

    [Fact]
    public async Task Sign_up_mails_a_link_that_confirms_the_email()
    {
        using var app = new HipSpineApp();
        using var person = app.Browser();
        var email = NewEmail("person");
        (await AccountSteps.SignUpUnconfirmedAsync(person, email)).Dispose();

        var mail = await MailSink.WaitForAsync(email, "Confirm your email");
        var link = MailSink.LinkPath(mail, "/account/confirm-email");
        using var stranger = app.Browser(); // the link works in any browser: it proves the mailbox, not the session
        var page = await AccountSteps.GetOkAsync(stranger, link);
        var confirmed = await stranger.PostOkAsync("/account/confirm-email", page, [new("UserId", Html.Hidden(page, "UserId")), new("Code", Html.Hidden(page, "Code"))]);
        Assert.Contains("id=\"email-confirmed\"", confirmed, StringComparison.Ordinal);
        using (var signedIn = await AccountSteps.SignInAsync(person, email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.DoesNotContain("id=\"email-unconfirmed\"", await AccountSteps.GetOkAsync(person, "/account"), StringComparison.Ordinal);

        // A forged code confirms nothing.
        using var other = app.Browser();
        var otherEmail = NewEmail("other");
        (await AccountSteps.SignUpUnconfirmedAsync(other, otherEmail)).Dispose();
        var otherPage = await AccountSteps.GetOkAsync(other, "/account/confirm-email" + new Uri(HipSpineApp.PublicBaseUrl + link).Query);
        var forged = await other.PostOkAsync("/account/confirm-email", otherPage, [new("UserId", await UserIdAsync(app, otherEmail)), new("Code", Html.Hidden(page, "Code"))]);
        Assert.DoesNotContain("id=\"email-confirmed\"", forged, StringComparison.Ordinal);
        Assert.Contains("id=\"link-invalid\"", forged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stranger_who_signs_up_with_the_named_email_cannot_redeem_the_code_or_read_the_record()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, patient, "patient@example.com");
        var code = await ClinicianTests.ShareAsync(patient, "all", email: "newdoc@hospital.example");

        // The stranger cannot confirm an address they do not hold, so their new account cannot even sign in.
        using var stranger = app.Browser();
        using (var signedUp = await AccountSteps.SignUpUnconfirmedAsync(stranger, "newdoc@hospital.example", AccountSteps.Password, [new("IsClinician", "true")]))
        {
            Assert.Contains("id=\"check-email\"", await signedUp.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notYet = await AccountSteps.SignInAsync(stranger, "newdoc@hospital.example"))
        {
            Assert.Contains("id=\"unconfirmed\"", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var notSignedIn = await stranger.GetAsync(new Uri("/clinician/redeem?code=" + code, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, notSignedIn.StatusCode);
            Assert.StartsWith("https://localhost/account/signin", notSignedIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // An account signed in while its address is unconfirmed (as a session begun before confirmation was needed
        // to sign in can be) is refused the code all the same: here the address is confirmed, then made unconfirmed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
            await db.Users.Where(u => u.NormalizedEmail == "NEWDOC@HOSPITAL.EXAMPLE").ExecuteDeleteAsync();
        }

        await ClinicianTests.SignUpClinicianAsync(app, stranger, "newdoc@hospital.example", verified: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
            await db.Users.Where(u => u.NormalizedEmail == "NEWDOC@HOSPITAL.EXAMPLE").ExecuteUpdateAsync(u => u.SetProperty(x => x.EmailConfirmed, false));
        }

        using (var refused = await ClinicianTests.RedeemAsync(stranger, code))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("confirm it first", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var patientId = await UserIdAsync(app, "patient@example.com");
        using (var everything = await stranger.GetAsync(new Uri($"/fhir/Patient/{patientId}/$everything", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, everything.StatusCode);
        }

        Assert.DoesNotContain("patient@example.com", await AccountSteps.GetOkAsync(stranger, "/clinician"), StringComparison.Ordinal);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
            Assert.Null((await db.ShareGrants.SingleAsync()).ClinicianId);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.PatientId == patientId && e.Action == AuditActions.Denied && e.Resource == AuditResources.ShareGrant));
        }

        var activity = await AccountSteps.GetOkAsync(patient, "/account/activity");
        Assert.Contains("tried to use your share code and was refused", activity, StringComparison.Ordinal);
        Assert.Contains("newdoc@hospital.example (unverified clinician)", activity, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_clinician_redeems_only_codes_for_their_confirmed_email_until_an_administrator_approves()
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, patient, "patient@example.com");
        using var doctor = app.Browser();
        var email = NewEmail("doctor");
        await ClinicianTests.SignUpClinicianAsync(app, doctor, email, verified: false);
        Assert.Contains("id=\"unverified\"", await AccountSteps.GetOkAsync(doctor, "/clinician"), StringComparison.Ordinal);

        using (var unbound = await ClinicianTests.RedeemAsync(doctor, await ClinicianTests.ShareAsync(patient, "all")))
        {
            Assert.Contains("Until an administrator has verified your registration", await unbound.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var bound = await ClinicianTests.RedeemAsync(doctor, await ClinicianTests.ShareAsync(patient, "all", email: email.ToUpperInvariant())))
        {
            Assert.True(bound.StatusCode == HttpStatusCode.Redirect, await bound.Content.ReadAsStringAsync());
        }

        Assert.Contains(email + " (unverified clinician)", await AccountSteps.GetOkAsync(patient, "/account/sharing"), StringComparison.Ordinal);

        // An administrator approves in /admin: the patient now sees the registration, and unbound codes work.
        using var admin = app.Browser();
        (await AccountSteps.SignUpAsync(admin, "admin@example.com")).Dispose();
        await AuthorizationMatrixFixture.GrantAdminAsync(app, admin, "admin@example.com");
        var adminPage = await AccountSteps.GetOkAsync(admin, "/admin");
        Assert.Contains(email, adminPage, StringComparison.Ordinal);
        Assert.Contains("HCPC PH123456", adminPage, StringComparison.Ordinal);
        using (var approved = await admin.PostAsync("/admin?handler=approve", adminPage, [new("userId", await UserIdAsync(app, email))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }

        Assert.Contains("id=\"no-pending\"", await AccountSteps.GetOkAsync(admin, "/admin"), StringComparison.Ordinal);
        Assert.Contains(email + " (verified clinician: physiotherapist, HCPC PH123456)", await AccountSteps.GetOkAsync(patient, "/account/sharing"), StringComparison.Ordinal);
        using (var unbound = await ClinicianTests.RedeemAsync(doctor, await ClinicianTests.ShareAsync(patient, "all")))
        {
            Assert.Equal(HttpStatusCode.Redirect, unbound.StatusCode);
        }
    }

    [Fact]
    public async Task Forgot_password_mails_a_reset_link_and_answers_the_same_for_an_unknown_email()
    {
        using var app = new HipSpineApp();
        using var person = app.Browser();
        var email = NewEmail("forgetful");
        (await AccountSteps.SignUpAsync(person, email)).Dispose();

        using var anyone = app.Browser();
        var form = await AccountSteps.GetOkAsync(anyone, "/account/forgot-password");
        var known = await anyone.PostOkAsync("/account/forgot-password", form, [new("Email", email)]);
        var unknown = await anyone.PostOkAsync("/account/forgot-password", form, [new("Email", NewEmail("nobody"))]);
        Assert.Equal(MainOf(known), MainOf(unknown));

        var link = MailSink.LinkPath(await MailSink.WaitForAsync(email, "Reset your HipSpine password"), "/account/reset-password");
        var reset = await AccountSteps.GetOkAsync(anyone, link);
        const string NewPassword = "a new and long passphrase";
        using (var saved = await anyone.PostAsync("/account/reset-password", reset,
            [new("UserId", Html.Hidden(reset, "UserId")), new("Code", Html.Hidden(reset, "Code")), new("Password", NewPassword), new("ConfirmPassword", NewPassword)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // The session that was signed in with the old password has ended; the new password signs in.
        using (var ended = await person.GetAsync(new Uri("/account", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using var again = app.Browser();
        using (var old = await AccountSteps.SignInAsync(again, email))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        using (var signedIn = await AccountSteps.SignInAsync(again, email, NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    internal static async Task<string> UserIdAsync(HipSpineApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
    }
}
