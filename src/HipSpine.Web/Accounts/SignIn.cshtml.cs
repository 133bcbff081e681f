using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Sign in with email and password. The same answer, after the same password-hashing work, whether or not the email
/// has an account; wrong passwords slow down further tries from the same address (<see cref="SignInThrottle"/>).
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignInModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CarriedResult carried, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool CarriesResult => carried.IsValid(State);

    /// <summary>Arrived from "choose a new password": say it worked.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Reset { get; set; }

    public void OnGet()
    {
    }

    /// <summary>The password was right but the email is not confirmed yet: offer to send the link again.</summary>
    public bool Unconfirmed { get; private set; }

    /// <summary>The password was right and the account has a second factor: ask for the code.</summary>
    public bool NeedsCode { get; private set; }

    /// <summary>The 6-digit code of the authenticator app, or one of the recovery codes.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>The second step: the code (or a recovery code) for the account the password step remembered.</summary>
    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        var account = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            Errors["email"] = "Sign in again: the first step has expired.";
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var email = account.Email ?? "";
        NeedsCode = true;
        if (throttle.WaitFor(email, address) > TimeSpan.Zero)
        {
            Errors["code"] = "Too many wrong codes from here for this account: try again later.";
            return Page();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code?.Trim() ?? "");
        if (!result.Succeeded)
        {
            throttle.Failed(email, address);
            Errors["code"] = "This code is not right: enter the 6 digits your authenticator app shows now, or a recovery code.";
            return Page();
        }

        throttle.Succeeded(email, address);
        return await AfterSignInAsync(account, cancellationToken);
    }

    public IActionResult OnPostCarry()
    {
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? "";
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        var wait = throttle.WaitFor(email, address);
        if (wait > TimeSpan.Zero)
        {
            Errors["email"] = $"Too many wrong passwords from here for this account: try again in {Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} seconds.";
            return Page();
        }

        var account = email.Length == 0 || string.IsNullOrEmpty(Password) ? null : await users.FindByEmailAsync(email);
        var result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (account is null)
        {
            PasswordTiming.HashAnyway(users, Password); // an unknown email takes as long as a wrong password
        }
        else if (!account.EmailConfirmed)
        {
            // Identity would answer "not allowed" before looking at the password, telling anyone that the email has
            // an unconfirmed account: the password is checked first (the same one hash), and only its holder hears why.
            if (await users.CheckPasswordAsync(account, Password!))
            {
                throttle.Succeeded(email, address);
                Unconfirmed = true;
                Errors["email"] = "Your email address is not confirmed yet: open the link in the mail we sent to it, then sign in. No mail? Send the link again below.";
                return Page();
            }
        }
        else
        {
            result = await signIn.PasswordSignInAsync(account, Password!, isPersistent: false, lockoutOnFailure: false);
        }

        if (result.RequiresTwoFactor)
        {
            throttle.Succeeded(email, address);
            NeedsCode = true; // the same page asks for the authenticator code, still carrying State and ReturnUrl
            return Page();
        }

        if (!result.Succeeded)
        {
            throttle.Failed(email, address);
            Errors["email"] = "The email address or password is not right.";
            return Page();
        }

        throttle.Succeeded(email, address);
        return await AfterSignInAsync(account!, cancellationToken);
    }

    private async Task<IActionResult> AfterSignInAsync(IdentityUser account, CancellationToken cancellationToken)
    {
        if (await carried.SaveAsync(State, account.Id, cancellationToken) is { } saved)
        {
            return RedirectToPage("/Assessments/Saved", new { id = saved });
        }

        return ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Accounts/Index");
    }
}
