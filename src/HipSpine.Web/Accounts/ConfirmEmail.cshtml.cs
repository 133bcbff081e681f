using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// The link in the confirmation mail. Opening it shows a button; only pressing it (a POST) confirms, so a mail
/// scanner that fetches links does not confirm on the person's behalf.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class ConfirmEmailModel(UserManager<IdentityUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>"clinician" when the person signed up as one: after signing in they go on to the application form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Then { get; set; }

    /// <summary>Where signing in leads after confirming.</summary>
    public string? SignInReturnUrl => Then == "clinician" ? "/account/clinician" : null;

    public bool Confirmed { get; private set; }

    public bool Invalid { get; private set; }

    public void OnGet() => Invalid = string.IsNullOrEmpty(UserId) || AccountMail.Decode(Code) is null;

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountMail.Decode(Code);
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        Confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        Invalid = !Confirmed;
        return Page();
    }
}
