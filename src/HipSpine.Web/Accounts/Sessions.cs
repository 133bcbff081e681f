using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Accounts;

/// <summary>
/// How long a session lives and when it ends. Every request's cookie is checked against the account in the
/// database: its security stamp must still match, so signing out, changing or resetting the password, a role
/// change and deleting the account end every session of that account (a copied cookie too) at its next request.
/// A session also ends after <see cref="AccountOptions.IdleTimeoutMinutes"/> unused (sliding cookie) and
/// <see cref="AccountOptions.AbsoluteTimeoutHours"/> after signing in, however busy.
/// </summary>
internal static class Sessions
{
    /// <summary>When the person signed in, kept in the cookie's properties across sliding renewals and refreshes.</summary>
    private const string SignedInAt = ".hipspine.signed-in";

    public static IServiceCollection AddHipSpineSessions(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((cookie, accounts) =>
            {
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.IdleTimeoutMinutes);
                cookie.SlidingExpiration = true;
                cookie.Events.OnSigningIn = context =>
                {
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    context.Properties.Items.TryAdd(SignedInAt, now.ToString("O", CultureInfo.InvariantCulture));
                    return Task.CompletedTask;
                };
                cookie.Events.OnValidatePrincipal = ValidateAsync; // instead of Identity's interval-based stamp check
            });
        return services;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var accounts = services.GetRequiredService<IOptions<AccountOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = context.Properties.Items.TryGetValue(SignedInAt, out var at)
            && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : (DateTimeOffset?)null;
        var tooOld = signedIn is null || now - signedIn.Value > TimeSpan.FromHours(accounts.AbsoluteTimeoutHours);
        if (tooOld || await services.GetRequiredService<SignInManager<IdentityUser>>().ValidateSecurityStampAsync(context.Principal) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>Ends every session of the account (this one included): a new security stamp no cookie carries.</summary>
    public static async Task EndAllAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        await users.UpdateSecurityStampAsync(user);
}
