using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts.Mail;

/// <summary>
/// Email-confirmation tokens bound to the account and to the address they were sent to, valid for 7 days. Unlike
/// Identity's default they do not carry the security stamp: signing in elsewhere, applying as a clinician or
/// turning on two-step sign-in must not void a link already on its way; a change of address does.
/// </summary>
internal sealed class EmailConfirmationTokens(IDataProtectionProvider protection, TimeProvider time) : IUserTwoFactorTokenProvider<IdentityUser>
{
    public const string Name = "HipSpineEmailConfirmation";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly IDataProtector protector = protection.CreateProtector("HipSpine.EmailConfirmation.v1");

    public Task<string> GenerateAsync(string purpose, UserManager<IdentityUser> manager, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Task.FromResult(protector.Protect(string.Join('\n', purpose, user.Id, user.Email?.ToUpperInvariant() ?? "", expires)));
    }

    public Task<bool> ValidateAsync(string purpose, string token, UserManager<IdentityUser> manager, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        string[] parts;
        try
        {
            parts = protector.Unprotect(token).Split('\n');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return Task.FromResult(false);
        }

        var valid = parts.Length == 4 && parts[0] == purpose && parts[1] == user.Id && parts[2] == (user.Email?.ToUpperInvariant() ?? "")
            && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && time.GetUtcNow().ToUnixTimeSeconds() < expires;
        return Task.FromResult(valid);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<IdentityUser> manager, IdentityUser user) => Task.FromResult(false);
}
