using System.Net;
using HipSpine.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class AccountTests
{
    [Fact]
    public async Task Signing_in_after_sign_up_and_confirmation_gives_a_secure_http_only_cookie_and_sign_out_ends_it()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var signedUp = await AccountSteps.SignUpAsync(client, "new@example.com");

        Assert.Equal("/account", signedUp.Headers.Location!.ToString());
        var cookie = Assert.Single(signedUp.Headers.GetValues("Set-Cookie"), c => c.StartsWith("HipSpine.Account=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var account = await AccountSteps.GetOkAsync(client, "/account");
        Assert.Contains("new@example.com", account, StringComparison.Ordinal);

        using (var signedOut = await client.PostAsync("/account/signout", account, []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var after = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/account/signin", after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_or_common_password_is_refused()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        using var shortPassword = await AccountSteps.SignUpAsync(client, "a@example.com", "short pw");
        Assert.Contains("at least 10 characters", await shortPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var common in new[] { "1234567890", "password1234", "Qwertyuiop!", "iloveyou2024", "a@example.com" })
        {
            using var refused = await AccountSteps.SignUpAsync(client, "a@example.com", common);
            Assert.Contains("one of the most common", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Wrong_passwords_slow_down_that_address_but_never_lock_the_owner_out()
    {
        using var app = ClientAddress.App();
        using (var owner = ClientAddress.BrowserFrom(app, "198.51.100.7"))
        {
            (await AccountSteps.SignUpAsync(owner, "lock@example.com")).Dispose();
        }

        using var attacker = ClientAddress.BrowserFrom(app, "203.0.113.66");
        for (var i = 0; i < SignInThrottleFreeAttempts; i++)
        {
            using var wrong = await AccountSteps.SignInAsync(attacker, "lock@example.com", "wrong password " + i);
            Assert.Contains("The email address or password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // From the attacker's address even the right password must now wait, and the wait grows.
        using (var waiting = await AccountSteps.SignInAsync(attacker, "lock@example.com"))
        {
            Assert.Contains("try again in 2 seconds", await waiting.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(3));
        (await AccountSteps.SignInAsync(attacker, "lock@example.com", "wrong again")).Dispose();
        using (var longer = await AccountSteps.SignInAsync(attacker, "lock@example.com"))
        {
            Assert.Contains("try again in 4 seconds", await longer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The owner, from their own address, signs in at once.
        using var ownerAgain = ClientAddress.BrowserFrom(app, "198.51.100.7");
        using var good = await AccountSteps.SignInAsync(ownerAgain, "lock@example.com");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    private const int SignInThrottleFreeAttempts = HipSpine.Web.Accounts.SignInThrottle.FreeAttempts;

    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_email_and_a_wrong_password()
    {
        var hasher = new CountingHasher();
        using var app = new HipSpineApp(configure: b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher)));
        using (var owner = app.Browser())
        {
            (await AccountSteps.SignUpAsync(owner, "known@example.com")).Dispose();
        }

        using var client = app.Browser();
        using var known = await AccountSteps.SignInAsync(client, "known@example.com", "a wrong password");
        using var unknown = await AccountSteps.SignInAsync(client, "unknown@example.com", "a wrong password");
        Assert.Equal(Errors(await known.Content.ReadAsStringAsync()), Errors(await unknown.Content.ReadAsStringAsync()));

        // The unknown email costs the same password-hashing work (PBKDF2), not 20 times less as it once did. Counted, not
        // timed: wall-clock comparisons in tests fail under load. The first unknown email also makes the throwaway hash.
        using var unknownAgain = await AccountSteps.SignInAsync(client, "unknown@example.com", "warm the throwaway hash");
        var work = new List<int>();
        foreach (var email in new[] { "known@example.com", "unknown@example.com" })
        {
            var before = hasher.Work;
            (await AccountSteps.SignInAsync(client, email, "another wrong one")).Dispose();
            work.Add(hasher.Work - before);
        }

        Assert.Equal([1, 1], work);
    }

    private static string Errors(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<div class=\"error-summary\".*?</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;

    [Fact]
    public async Task An_anonymous_result_is_saved_into_a_new_account_through_sign_up()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var result = await AccountSteps.ResultAsync(client);
        Assert.Contains("Save to my account", result, StringComparison.Ordinal);
        Assert.Equal(0, app.SavedCount());

        var signUp = await client.PostOkAsync("/account/signup?handler=carry", result, [new("State", Html.State(result))]);
        Assert.Contains("Your result will be saved to your new account", signUp, StringComparison.Ordinal);
        Assert.DoesNotContain("error-summary", signUp, StringComparison.Ordinal);
        using (var created = await AccountSteps.SignUpAsync(client, "carry@example.com", AccountSteps.Password, [new("State", Html.Hidden(signUp, "State"))]))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode); // confirmed through the mail and signed in
        }

        // The result waited in the new account for its first sign-in.
        Assert.Equal(1, app.SavedCount());
        var location = System.Text.RegularExpressions.Regex.Match(await AccountSteps.GetOkAsync(client, "/account"), "href=\"(/assessments/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Matches("^/assessments/[0-9a-f-]{36}$", location);
        var saved = await AccountSteps.GetOkAsync(client, location);
        Assert.Contains("saved to your account; only you can see it", saved, StringComparison.Ordinal);
        Assert.Contains("Re-run with the current knowledge", saved, StringComparison.Ordinal);

        var rerun = await AccountSteps.GetOkAsync(client, location + "/rerun");
        Assert.Contains("Stored result", rerun, StringComparison.Ordinal);
        Assert.Contains("With the current knowledge", rerun, StringComparison.Ordinal);
        Assert.Contains("The advice is the same", rerun, StringComparison.Ordinal);
        Assert.Contains(location, await AccountSteps.GetOkAsync(client, "/account"), StringComparison.Ordinal);

        using var stranger = app.Browser();
        using var hidden = await stranger.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Every_new_page_is_under_100_kb()
    {
        using var app = new HipSpineApp();
        using var client = app.Browser();
        var id = await AccountSteps.PersonWithPlanAsync(app, client, "size@example.com");
        foreach (var url in new[] { "/account", "/account/signup", "/account/signin", $"/assessments/{id}", $"/assessments/{id}/rerun", $"/assessments/{id}/plan",
            $"/assessments/{id}/diary", $"/assessments/{id}/diary/entry", $"/assessments/{id}/check-in", $"/assessments/{id}/progress", $"/assessments/{id}/outcomes" })
        {
            _ = await AccountSteps.GetOkAsync(client, url); // asserts 200 and < 100,000 characters
        }
    }
}
