using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Create an account (email and a password of 10 or more characters); can carry a result to save. The answer is
/// "check your email" whether the address is new or already has an account, after the same password-hashing work:
/// a new account waits for its confirmation link before it can sign in, and the owner of a taken address is told
/// by mail that someone tried. Nobody learns from this page whether an email has an account.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class SignUpModel(UserManager<IdentityUser> users, CarriedResult carried, AccountMail mail) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>"I am a clinician": once the email is confirmed and the person signs in, the clinician application form follows (no role yet).</summary>
    [BindProperty]
    public bool IsClinician { get; set; }

    /// <summary>A result to save once the account exists (protected interview state).</summary>
    [BindProperty]
    public string? State { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool CarriesResult => carried.IsValid(State);

    /// <summary>The form was accepted: "check your email", the same for a new and a taken address.</summary>
    public bool Sent { get; private set; }

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

        // UserManager checks and hashes the password before it looks for the address, so a taken email costs the
        // same slow hash as a new one; password errors depend on the password alone and say nothing about the email.
        var user = new IdentityUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, Password!);
        if (created.Succeeded)
        {
            await carried.SaveAsync(State, user.Id, cancellationToken); // waits in the new account for its first sign-in
            await mail.SendConfirmationAsync(user, IsClinician);
        }
        else if (created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
        {
            mail.SendAlreadyRegistered(email);
        }
        else
        {
            foreach (var error in created.Errors)
            {
                Errors.TryAdd(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return Page();
        }

        Email = email;
        Sent = true;
        return Page();
    }
}
