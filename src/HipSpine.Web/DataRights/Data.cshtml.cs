using System.Text;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Fhir;
using HipSpine.Records;
using HipSpine.Web.Accounts;
using HipSpine.Web.Audit;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.DataRights;

/// <summary>
/// "My data": download everything as a FHIR Bundle (the same builder as <c>$everything</c>) or as CSV (the same
/// as <c>hipspine export --format csv</c>), both recorded as exports; and delete the account and all its data,
/// confirmed with the password.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class DataModel(
    HipSpineDbContext db, KnowledgeBase knowledge, FhirService fhir, AuditTrail audit, AccountDeletion deletion,
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetFhirAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!;
        var record = await PatientRecords.LoadAsync(db, knowledge, me, cancellationToken);
        if (record is null)
        {
            return NotFound(); // the account was deleted in another window
        }

        await audit.ExportAsync(me, AuditResources.Everything, cancellationToken);
        return File(Encoding.UTF8.GetBytes(fhir.Everything(record, pretty: true)), FhirService.ContentType, "hipspine-my-data.json");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var me = User.UserId()!;
        var csv = await PatientCsv.BuildAsync(db, me, cancellationToken);
        await audit.ExportAsync(me, AuditResources.Csv, cancellationToken);
        return File(Encoding.UTF8.GetBytes(csv), PatientCsv.ContentType, "hipspine-my-data.csv");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string? password, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var check = string.IsNullOrEmpty(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (!check.Succeeded)
        {
            Errors["password"] = check.IsLockedOut
                ? "This account is locked for 15 minutes after too many wrong passwords. Try again later."
                : "Enter your password to confirm: the password is not right.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await deletion.DeleteAsync(user, cancellationToken);
        await signIn.SignOutAsync();
        return RedirectToPage("/DataRights/Deleted");
    }
}
