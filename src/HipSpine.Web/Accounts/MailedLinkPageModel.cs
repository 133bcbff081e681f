using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// A page that mails a link to an address ("forgot your password", "send the confirmation link again"). The answer
/// is the same whether or not the address has an account that gets the mail, and the mail goes out in the
/// background, so neither the page nor its timing tells a stranger who has an account.
/// </summary>
public abstract class MailedLinkPageModel(UserManager<IdentityUser> users) : PageModel
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

        if (await users.FindByEmailAsync(email) is { } user)
        {
            await SendIfDueAsync(user);
        }

        Sent = true;
        return Page();
    }

    /// <summary>Mails the link when this account should get one (the caller's answer is the same either way).</summary>
    protected abstract Task SendIfDueAsync(IdentityUser user);
}
