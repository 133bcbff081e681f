using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>The authenticator-app second factor: set up with a code computed here (RFC 6238), required of clinicians and administrators.</summary>
public sealed partial class TwoFactorTests
{
    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex SharedKey();

    /// <summary>Turns two-step sign-in on for the signed-in <paramref name="client"/>: the shared key.</summary>
    internal static async Task<string> TurnOnAsync(HttpClient client)
    {
        var page = await AccountSteps.GetOkAsync(client, "/account/two-factor");
        var key = SharedKey().Match(page).Groups[1].Value;
        Assert.NotEmpty(key);
        var on = await client.PostOkAsync("/account/two-factor?handler=enable", page, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Contains("id=\"two-factor-on\"", on, StringComparison.Ordinal);
        return key;
    }

    [Fact]
    public async Task A_clinician_is_sent_to_set_up_the_second_factor_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        using var app = new HipSpineApp();
        using var doctor = app.Browser();
        const string Email = "totp-doctor@example.com";
        (await AccountSteps.SignUpAsync(doctor, Email)).Dispose();
        await ClinicianTests.ApplyAsClinicianAsync(doctor);

        // The clinician pages send a clinician without the second factor to set it up.
        using (var sent = await doctor.GetAsync(new Uri("/clinician", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal("/account/two-factor?required=true", sent.Headers.Location?.OriginalString);
        }

        Assert.Contains("id=\"second-factor-required\"", await AccountSteps.GetOkAsync(doctor, "/account/two-factor?required=true"), StringComparison.Ordinal);

        // A wrong code is refused; the code computed from the shared key turns it on and shows ten recovery codes.
        var setUp = await AccountSteps.GetOkAsync(doctor, "/account/two-factor");
        var key = SharedKey().Match(setUp).Groups[1].Value;
        var wrong = await doctor.PostOkAsync("/account/two-factor?handler=enable", setUp, [new("Code", "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000")]);
        Assert.Contains("This code is not right", wrong, StringComparison.Ordinal);
        var on = await doctor.PostOkAsync("/account/two-factor?handler=enable", setUp, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        var recovery = Regex.Matches(on, "<li><code>([^<]+)</code></li>").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(10, recovery.Length);
        _ = await AccountSteps.GetOkAsync(doctor, "/clinician");

        // Signing in now needs the second step: the password alone signs nobody in.
        using var again = app.Browser();
        using (var password = await AccountSteps.SignInAsync(again, Email))
        {
            Assert.Equal(HttpStatusCode.OK, password.StatusCode);
            var codeForm = await password.Content.ReadAsStringAsync();
            Assert.Contains("id=\"two-factor\"", codeForm, StringComparison.Ordinal);
            using (var stillOut = await again.GetAsync(new Uri("/account", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
            }

            var refused = await again.PostOkAsync("/account/signin?handler=code", codeForm, [new("Code", "not-a-code")]);
            Assert.Contains("This code is not right", refused, StringComparison.Ordinal);
            using var code = await again.PostAsync("/account/signin?handler=code", codeForm, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        }

        _ = await AccountSteps.GetOkAsync(again, "/clinician");

        // A recovery code works once.
        foreach (var expectSuccess in new[] { true, false })
        {
            using var browser = app.Browser();
            using var password = await AccountSteps.SignInAsync(browser, Email);
            var form = await password.Content.ReadAsStringAsync();
            using var reply = await browser.PostAsync("/account/signin?handler=code", form, [new("Code", recovery[0])]);
            Assert.Equal(expectSuccess ? HttpStatusCode.Redirect : HttpStatusCode.OK, reply.StatusCode);
        }
    }

    [Fact]
    public async Task An_administrator_without_the_second_factor_is_sent_to_set_it_up()
    {
        using var app = new HipSpineApp();
        using var admin = app.Browser();
        (await AccountSteps.SignUpAsync(admin, "ops@example.com")).Dispose();
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            var users = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>(scope.ServiceProvider);
            var user = (await users.FindByEmailAsync("ops@example.com"))!;
            await users.AddClaimAsync(user, new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, HipSpine.Records.Roles.Admin));
        }

        (await AccountSteps.SignInAsync(admin, "ops@example.com")).Dispose();
        using (var sent = await admin.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal("/account/two-factor?required=true", sent.Headers.Location?.OriginalString);
        }

        await TurnOnAsync(admin);
        _ = await AccountSteps.GetOkAsync(admin, "/admin");
    }
}
