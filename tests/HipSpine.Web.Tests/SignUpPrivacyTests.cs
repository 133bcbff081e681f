using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// Sign-up, sign-in and "send the link again" do not tell anyone whether an email has an account: the same page,
/// status and password-hashing work for a new and a taken address; only the mailbox's owner learns which by mail.
/// A new account waits for its confirmation link before it can sign in.
/// </summary>
public sealed partial class SignUpPrivacyTests
{
    private static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task A_taken_email_gets_the_same_page_status_and_hashing_work_as_a_new_one_and_its_owner_gets_a_warning()
    {
        var hasher = new CountingHasher();
        using var app = new HipSpineApp(configure: b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        var taken = NewEmail("owner");
        using (var owner = app.Browser())
        {
            (await AccountSteps.SignUpAsync(owner, taken)).Dispose();
        }

        using var someone = app.Browser();
        var fresh = NewEmail("fresh");
        var (newStatus, newPage, newWork) = await SignUpAsync(someone, hasher, fresh);
        var (takenStatus, takenPage, takenWork) = await SignUpAsync(someone, hasher, taken);

        Assert.Equal(HttpStatusCode.OK, newStatus);
        Assert.Equal(newStatus, takenStatus);
        Assert.Contains("id=\"check-email\"", newPage, StringComparison.Ordinal);
        Assert.Equal(Comparable(newPage, fresh), Comparable(takenPage, taken));
        // One slow password hash on each path: the work that made a taken email answer 20 times faster before it was
        // hashed. Counted, not timed: wall-clock comparisons in tests fail under load (the project measures speed in
        // bench/, never by timing in tests).
        Assert.Equal((1, 1), (newWork, takenWork));

        var warning = await MailSink.WaitForAsync(taken, "Your HipSpine account");
        Assert.Contains("tried to create a HipSpine account with this email address", warning.TextBody, StringComparison.Ordinal);
        Assert.Equal("/account/signin", MailSink.LinkPath(warning, "/account/signin"));
        Assert.Equal("/account/forgot-password", MailSink.LinkPath(warning, "/account/forgot-password"));
        Assert.NotNull(await MailSink.WaitForAsync(fresh, "Confirm your email"));
    }

    [Fact]
    public async Task A_new_account_cannot_reach_its_pages_before_the_email_is_confirmed()
    {
        using var app = new HipSpineApp();
        using var person = app.Browser();
        var email = NewEmail("waiting");
        using (var signedUp = await AccountSteps.SignUpUnconfirmedAsync(person, email))
        {
            Assert.Equal(HttpStatusCode.OK, signedUp.StatusCode);
            Assert.DoesNotContain(signedUp.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("HipSpine.Account=", StringComparison.Ordinal));
        }

        await AssertSignedOutAsync(person);

        // The right password says why and offers the link again; a wrong one says what an unknown email gets.
        using (var rightPassword = await AccountSteps.SignInAsync(person, email))
        {
            var page = await rightPassword.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
            Assert.Contains("Your email address is not confirmed yet", page, StringComparison.Ordinal);
            Assert.Contains("id=\"unconfirmed\"", page, StringComparison.Ordinal);
            var resent = await person.PostOkAsync("/account/resend-confirmation", page, [new("Email", Html.Hidden(page[page.IndexOf("id=\"unconfirmed\"", StringComparison.Ordinal)..], "Email"))]);
            Assert.Contains("id=\"resend-sent\"", resent, StringComparison.Ordinal);
            Assert.NotNull(await MailSink.WaitForAsync(email, "Confirm your email", nth: 2));
        }

        await AssertSignedOutAsync(person);
        var nobody = NewEmail("nobody");
        using (var wrong = await AccountSteps.SignInAsync(person, email, "not the password at all"))
        using (var unknown = await AccountSteps.SignInAsync(person, nobody, "not the password at all"))
        {
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Equal(Comparable(MainOf(await unknown.Content.ReadAsStringAsync()), nobody), Comparable(MainOf(await wrong.Content.ReadAsStringAsync()), email));
        }

        var signInLink = await AccountSteps.ConfirmEmailAsync(app, person, email);
        Assert.Equal("/account/signin", signInLink);
        using (var signedIn = await AccountSteps.SignInAsync(person, email))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.Contains(email, await AccountSteps.GetOkAsync(person, "/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_the_link_again_answers_the_same_for_an_unconfirmed_a_confirmed_and_an_unknown_email()
    {
        using var app = new HipSpineApp();
        var (unconfirmed, confirmed) = (NewEmail("unconfirmed"), NewEmail("confirmed"));
        using (var people = app.Browser())
        {
            (await AccountSteps.SignUpUnconfirmedAsync(people, unconfirmed)).Dispose();
            (await AccountSteps.SignUpAsync(people, confirmed)).Dispose();
        }

        using var anyone = app.Browser();
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var email in new[] { unconfirmed, confirmed, NewEmail("unknown") })
        {
            var form = await AccountSteps.GetOkAsync(anyone, "/account/resend-confirmation");
            using var sent = await anyone.PostAsync("/account/resend-confirmation", form, [new("Email", email)]);
            answers.Add((sent.StatusCode, Comparable(await sent.Content.ReadAsStringAsync(), email)));
        }

        Assert.Equal(HttpStatusCode.OK, answers[0].Item1);
        Assert.Contains("id=\"resend-sent\"", answers[0].Item2, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.NotNull(await MailSink.WaitForAsync(unconfirmed, "Confirm your email", nth: 2)); // only the waiting account gets a new link
    }

    [Fact]
    public async Task A_result_carried_into_a_sign_up_with_a_taken_email_can_still_be_saved_by_signing_in()
    {
        using var app = new HipSpineApp();
        var owner = NewEmail("has-account");
        using (var before = app.Browser())
        {
            (await AccountSteps.SignUpAsync(before, owner)).Dispose();
        }

        using var client = app.Browser();
        var result = await AccountSteps.ResultAsync(client);
        var signUp = await client.PostOkAsync("/account/signup?handler=carry", result, [new("State", Html.State(result))]);
        string page;
        using (var sent = await AccountSteps.SignUpUnconfirmedAsync(client, owner, AccountSteps.Password, [new("State", Html.Hidden(signUp, "State"))]))
        {
            page = await sent.Content.ReadAsStringAsync();
        }

        Assert.Contains("id=\"check-email\"", page, StringComparison.Ordinal);
        Assert.Equal(0, app.SavedCount()); // nothing is written into an account the form did not prove to hold
        var signIn = await client.PostOkAsync("/account/signin?handler=carry", page, [new("State", Html.Hidden(page, "State"))]);
        Assert.Contains("Your result will be saved to your account when you sign in", signIn, StringComparison.Ordinal);
        using (var signedIn = await client.PostAsync("/account/signin", signIn, [new("Email", owner), new("Password", AccountSteps.Password), new("State", Html.Hidden(signIn, "State"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.StartsWith("/assessments/", signedIn.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(1, app.SavedCount());
    }

    private static async Task<(HttpStatusCode Status, string Page, int Work)> SignUpAsync(HttpClient client, CountingHasher hasher, string email)
    {
        var before = hasher.Work;
        using var response = await AccountSteps.SignUpUnconfirmedAsync(client, email);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), hasher.Work - before);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var account = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", account.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The whole page with the address typed in taken out, and the per-request antiforgery token.</summary>
    private static string Comparable(string page, string email) =>
        Token().Replace(page.Replace(email, "{email}", StringComparison.Ordinal), "{token}");

    private static string MainOf(string page) => page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex Token();
}
