using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// The link in the reset mail: a new password. Resetting changes the security stamp, so every signed-in session
/// of the account ends and the link cannot be used twice; it also confirms the email (the link came through it).
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ResetPasswordModel(UserManager<IdentityUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public bool Invalid { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet() => Invalid = string.IsNullOrEmpty(UserId) || AccountMail.Decode(Code) is null;

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountMail.Decode(Code);
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (user is null || token is null)
        {
            Invalid = true;
            return Page();
        }

        if (!PasswordRules.Check(Password, ConfirmPassword, Errors))
        {
            return Page();
        }

        var reset = await users.ResetPasswordAsync(user, token, Password!);
        if (!reset.Succeeded)
        {
            Invalid = reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            PasswordRules.Describe(reset, Errors);
            return Page();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return RedirectToPage("/Accounts/SignIn", new { reset = true });
    }
}
