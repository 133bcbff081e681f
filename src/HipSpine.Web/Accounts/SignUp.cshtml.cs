using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>Create an account (email and a password of 10 or more characters); can carry a result to save.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignUpModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, CarriedResult carried, AccountMail mail) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>"I am a clinician": once the account exists, the clinician application form follows (no role yet).</summary>
    [BindProperty]
    public bool IsClinician { get; set; }

    /// <summary>A result to save once the account exists (protected interview state).</summary>
    [BindProperty]
    public string? State { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool CarriesResult => carried.IsValid(State);

    public void OnGet()
    {
    }

    /// <summary>"Save to my account" from a result page while signed out: show the form, carrying the result.</summary>
    public IActionResult OnPostCarry()
    {
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim() ?? "";
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            Errors["email"] = "Enter your email address, like name@example.com.";
        }

        if (string.IsNullOrEmpty(Password) || Password.Length < 10)
        {
            Errors["password"] = "Choose a password of at least 10 characters.";
        }
        else if (!string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors["confirm"] = "The two passwords are not the same.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, Password!);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
            {
                mail.SendAlreadyRegistered(email); // the owner learns someone tried; the password was hashed either way
            }

            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";
                Errors.TryAdd(field, error.Code is "DuplicateUserName" or "DuplicateEmail"
                    ? "An account with this email already exists: sign in instead."
                    : error.Description);
            }

            return Page();
        }

        await mail.SendConfirmationAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return await carried.SaveAsync(State, user.Id, cancellationToken) is { } saved
            ? RedirectToPage("/Assessments/Saved", new { id = saved })
            : IsClinician ? RedirectToPage("/Accounts/ClinicianApplication") : RedirectToPage("/Accounts/Index");
    }
}
