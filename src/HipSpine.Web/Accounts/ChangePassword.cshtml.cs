using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// A new password, given the current one. Identity changes the security stamp, which ends every other session of
/// the account at its next request; this session is signed in again with the new stamp (and keeps its sign-in time).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ChangePasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPassword))
        {
            Errors["current"] = "Enter your current password.";
        }

        if (!PasswordRules.Check(Password, ConfirmPassword, Errors))
        {
            return Page();
        }

        var changed = await users.ChangePasswordAsync(user, CurrentPassword!, Password!);
        if (!changed.Succeeded)
        {
            if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                Errors["current"] = "Your current password is not right.";
            }

            PasswordRules.Describe(changed, Errors);
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToPage("/Accounts/Index", new { changed = "password" });
    }
}
