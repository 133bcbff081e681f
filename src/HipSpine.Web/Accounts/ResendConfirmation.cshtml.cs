using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// "Send the confirmation link again". The answer is the same whether the email has an account waiting for
/// confirmation, a confirmed account or none (the mail goes out in the background, so the time is the same too).
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ResendConfirmationModel(UserManager<IdentityUser> users, AccountMail mail) : PageModel
{
    [BindProperty(SupportsGet = true)]
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

        if (await users.FindByEmailAsync(email) is { EmailConfirmed: false } user)
        {
            await mail.SendConfirmationAsync(user);
        }

        Sent = true;
        return Page();
    }
}
