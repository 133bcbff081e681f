using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Clinician;

/// <summary>A signed-in clinician enters (or follows a link with) a patient's one-time code.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class RedeemModel(Sharing sharing) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => Sharing.IsClinician(User) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Sharing.IsClinician(User))
        {
            return NotFound();
        }

        var (grant, error) = await sharing.RedeemAsync(Code, User.UserId()!, cancellationToken);
        if (grant is null)
        {
            Error = error;
            return Page();
        }

        return RedirectToPage("/Clinician/Patient", new { patientId = grant.PatientId });
    }
}
