using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>Sign in with email and password; 5 wrong passwords lock the account for 15 minutes.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignInModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CarriedResult carried) : PageModel
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

    public void OnGet()
    {
    }

    public IActionResult OnPostCarry()
    {
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? "";
        var result = email.Length == 0 || string.IsNullOrEmpty(Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Errors["email"] = "This account is locked for 15 minutes after too many wrong passwords. Try again later.";
            return Page();
        }

        if (!result.Succeeded)
        {
            Errors["email"] = "The email address or password is not right.";
            return Page();
        }

        var user = await users.FindByNameAsync(email);
        if (await carried.SaveAsync(State, user!.Id, cancellationToken) is { } saved)
        {
            return RedirectToPage("/Assessments/Saved", new { id = saved });
        }

        return ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage("/Accounts/Index");
    }
}
