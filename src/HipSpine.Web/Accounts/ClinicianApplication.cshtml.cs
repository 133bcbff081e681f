using HipSpine.Data;
using HipSpine.Web.Clinician;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>"I am a clinician": apply with profession and registration; shown as unverified until an administrator approves.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ClinicianApplicationModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ClinicianRegistry registry) : PageModel
{
    [BindProperty]
    public string? Profession { get; set; }

    [BindProperty]
    public string? RegistrationBody { get; set; }

    [BindProperty]
    public string? RegistrationNumber { get; set; }

    public ClinicianProfile? Existing { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Existing = await registry.FindAsync(User.UserId()!, cancellationToken);
        Profession ??= Existing?.Profession;
        RegistrationBody ??= Existing?.RegistrationBody;
        RegistrationNumber ??= Existing?.RegistrationNumber;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Existing = await registry.FindAsync(User.UserId()!, cancellationToken);
        Require("profession", Profession, 100, "Enter your profession.");
        Require("body", RegistrationBody, 50, "Enter the body you are registered with, like HCPC or GMC.");
        Require("number", RegistrationNumber, 50, "Enter your registration number.");
        var user = await users.GetUserAsync(User);
        if (Errors.Count > 0 || user is null)
        {
            return Page();
        }

        await registry.ApplyAsync(user, Profession!.Trim(), RegistrationBody!.Trim(), RegistrationNumber!.Trim(), cancellationToken);
        await signIn.RefreshSignInAsync(user); // this session carries the new role; the account's others must sign in again
        return RedirectToPage("/Accounts/ClinicianApplication");
    }

    private void Require(string key, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            Errors[key] = message + $" ({max} characters at most)";
        }
    }
}
