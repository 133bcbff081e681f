using System.Net;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>Sessions end: at sign-out (every copy of the cookie), password change, role change, account deletion, idle and absolute timeouts.</summary>
public sealed class SessionTests
{
    private const string Email = "session@example.com";

    private static async Task<string> SessionCookieAsync(HipSpineApp app, string email, bool signUp)
    {
        using var client = app.Browser();
        using var response = signUp ? await AccountSteps.SignUpAsync(client, email) : await AccountSteps.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("HipSpine.Account=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';', StringComparison.Ordinal)];
    }

    /// <summary>A request with only this cookie, as a copied cookie would be sent: 200 signed in, 302 to sign-in otherwise.</summary>
    private static async Task<HttpStatusCode> WithCookieAsync(HipSpineApp app, string cookie, string path = "/account")
    {
        using var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_after_sign_out()
    {
        using var app = new HipSpineApp();
        using var browser = app.Browser();
        (await AccountSteps.SignUpAsync(browser, Email)).Dispose();
        var copied = await SessionCookieAsync(app, Email, signUp: false);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(app, copied));

        var account = await AccountSteps.GetOkAsync(browser, "/account");
        (await browser.PostAsync("/account/signout", account, [])).Dispose();
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(app, copied));
    }

    [Fact]
    public async Task A_password_change_in_one_session_signs_the_other_out_and_keeps_this_one()
    {
        using var app = new HipSpineApp();
        using var a = app.Browser();
        (await AccountSteps.SignUpAsync(a, Email)).Dispose();
        using var b = app.Browser();
        (await AccountSteps.SignInAsync(b, Email)).Dispose();
        _ = await AccountSteps.GetOkAsync(b, "/account");

        var form = await AccountSteps.GetOkAsync(a, "/account/password");
        var wrong = await a.PostOkAsync("/account/password", form, [new("CurrentPassword", "not my password"), new("Password", "a brand new passphrase"), new("ConfirmPassword", "a brand new passphrase")]);
        Assert.Contains("Your current password is not right.", wrong, StringComparison.Ordinal);
        using (var changed = await a.PostAsync("/account/password", form,
            [new("CurrentPassword", AccountSteps.Password), new("Password", "a brand new passphrase"), new("ConfirmPassword", "a brand new passphrase")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Contains("Your password is changed", await AccountSteps.GetOkAsync(a, "/account?changed=password"), StringComparison.Ordinal);
        using var ended = await b.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
    }

    [Fact]
    public async Task A_role_change_and_account_deletion_end_the_other_sessions()
    {
        using var app = new HipSpineApp();
        using var a = app.Browser();
        (await AccountSteps.SignUpAsync(a, Email)).Dispose();
        var other = await SessionCookieAsync(app, Email, signUp: false);

        await ClinicianTests.ApplyAsClinicianAsync(a); // takes the clinician role
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(app, other));
        _ = await AccountSteps.GetOkAsync(a, "/account"); // this session carries on, with the role

        var second = await SessionCookieAsync(app, Email, signUp: false);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(app, second));
        var data = await AccountSteps.GetOkAsync(a, "/account/data");
        (await a.PostAsync("/account/data?handler=delete", data, [new("password", AccountSteps.Password)])).Dispose();
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(app, second));
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<HipSpine.Data.HipSpineDbContext>(scope.ServiceProvider);
        Assert.Empty(db.ClinicianProfiles); // the clinician application goes with the account
    }

    [Fact]
    public async Task A_session_ends_after_30_idle_minutes_and_12_hours_after_sign_in()
    {
        using var app = new HipSpineApp();
        using var browser = app.Browser();
        (await AccountSteps.SignUpAsync(browser, Email)).Dispose();
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        using (var idle = await browser.GetAsync(new Uri("/account", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        }

        (await AccountSteps.SignInAsync(browser, Email)).Dispose();
        for (var minutes = 0; minutes < 12 * 60 - 20; minutes += 20) // busy all day: a request every 20 minutes
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            _ = await AccountSteps.GetOkAsync(browser, "/account");
        }

        app.Clock.Advance(TimeSpan.FromMinutes(25));
        using var tooLong = await browser.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, tooLong.StatusCode);
    }
}
