using System.Security.Claims;
using System.Text;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Set up (or turn off) the authenticator-app second factor (ASP.NET Core Identity's authenticator support, RFC 6238
/// TOTP) with ten one-time recovery codes. Turning it on signs this session in again as two-step (amr=mfa), which
/// the clinician and administrator pages require, and ends the account's other sessions.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, PublicLinks links) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Errors["code"] = "This code is not right: enter the 6 digits the app shows now (check the phone's clock if it keeps failing).";
            await LoadAsync();
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true); // a new security stamp: the account's other sessions end
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToArray() ?? [];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SecondFactor.ClaimType, SecondFactor.ClaimValue)]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage("/Accounts/TwoFactor");
        }

        if (!await CurrentCodeAsync(user))
        {
            return Page();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToArray() ?? [];
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage("/Accounts/TwoFactor");
        }

        if (!await CurrentCodeAsync(user))
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.SignInAsync(user, isPersistent: false); // without amr=mfa: clinician and admin pages ask for it again
        return RedirectToPage("/Accounts/TwoFactor");
    }

    /// <summary>Changing the second factor needs a code from it: a session left open on a shared computer is not enough.</summary>
    private async Task<bool> CurrentCodeAsync(IdentityUser user)
    {
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return true;
        }

        Errors["code"] = "Enter the code your authenticator app shows now to change two-step sign-in.";
        await LoadAsync(user);
        return false;
    }

    private async Task<bool> LoadAsync(IdentityUser? known = null)
    {
        var user = known ?? await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return true;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user); // a new security stamp: keep this session signed in with it
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Group(key!);
        var issuer = Uri.EscapeDataString("HipSpine " + links.Host);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer={issuer}&digits=6";
        return true;
    }

    /// <summary>The base32 key in groups of four, easier to type.</summary>
    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
