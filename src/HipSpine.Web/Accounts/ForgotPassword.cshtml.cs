using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// "Forgot your password": a reset link to the account's mailbox. The answer is the same whether or not the email
/// has an account (the mail goes out in the background, so the time is the same too).
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ForgotPasswordModel(UserManager<IdentityUser> users, AccountMail mail) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim() ?? "";
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            Errors["email"] = "Enter your email address, like name@example.com.";
            return Page();
        }

        if (await users.FindByEmailAsync(email) is { } user)
        {
            await mail.SendPasswordResetAsync(user);
        }

        Sent = true;
        return Page();
    }
}
