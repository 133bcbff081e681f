using System.Net;
using HipSpine.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;

namespace HipSpine.Web.Tests;

/// <summary>The steps other test classes share: a clinician signed up, verified and signed in; a patient's share code made and redeemed.</summary>
public sealed partial class ClinicianTests
{
    [GeneratedRegex("id=\"share-code\">([2-9A-Z]{5}-[2-9A-Z]{5})<")]
    private static partial Regex CodePattern();

    /// <summary>
    /// Signs up with "I am a clinician" (confirming the email through the mailed link, then signing in), applies with
    /// a registration and, unless <paramref name="verified"/> is false, has the application approved (what an
    /// administrator does; their own tests walk that step through the pages).
    /// </summary>
    internal static async Task SignUpClinicianAsync(HipSpineApp app, HttpClient client, string email, bool verified = true)
    {
        using (var signedIn = await AccountSteps.SignUpAsync(client, email, AccountSteps.Password, [new("IsClinician", "true")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/account/clinician", signedIn.Headers.Location?.OriginalString); // the confirmation link leads on to the application
        }

        await ApplyAsClinicianAsync(client);
        if (verified)
        {
            await VerifyAsync(app, email);
        }

        _ = await TwoFactorTests.TurnOnAsync(client);
    }

    /// <summary>Signs a clinician (or administrator) in again: password, then the code their authenticator would show.</summary>
    internal static async Task SignInClinicianAsync(HipSpineApp app, HttpClient client, string email)
    {
        var key = await AuthenticatorKeyAsync(app, email);
        using var password = await AccountSteps.SignInAsync(client, email);
        var page = await password.Content.ReadAsStringAsync();
        Assert.Contains("id=\"two-factor\"", page, StringComparison.Ordinal);
        var code = await client.PostAsync("/account/signin?handler=code", page, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        if (code.StatusCode != HttpStatusCode.Redirect)
        {
            // The code of this 30-second step may have been used already (enabling, or an earlier sign-in): an
            // authenticator user waits for the next code, and so does the test.
            code.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(31 - (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 30)));
            code = await client.PostAsync("/account/signin?handler=code", page, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        }

        using (code)
        {
            Assert.True(code.StatusCode == HttpStatusCode.Redirect, await code.Content.ReadAsStringAsync());
        }
    }

    /// <summary>
    /// The key the account's authenticator app holds, read from this app's own store: test classes run in parallel and
    /// several apps have accounts with the same email, so a key remembered by email alone can be another app's.
    /// </summary>
    private static async Task<string> AuthenticatorKeyAsync(HipSpineApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        Assert.False(string.IsNullOrEmpty(key), $"{email} has no authenticator key in this app");
        return key;
    }

    internal static async Task ApplyAsClinicianAsync(HttpClient client)
    {
        var form = await AccountSteps.GetOkAsync(client, "/account/clinician");
        using var applied = await client.PostAsync("/account/clinician", form,
            [new("Profession", "physiotherapist"), new("RegistrationBody", "HCPC"), new("RegistrationNumber", "PH123456")]);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
    }

    /// <summary>The email confirmed and the application approved, straight through the services.</summary>
    internal static async Task VerifyAsync(HipSpineApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user))).Succeeded);
        Assert.True(await scope.ServiceProvider.GetRequiredService<HipSpine.Web.Clinician.ClinicianRegistry>().ApproveAsync(user.Id, "test", CancellationToken.None));
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
}
