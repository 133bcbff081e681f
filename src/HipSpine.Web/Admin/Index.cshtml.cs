using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HipSpine.Web.Accounts;
using HipSpine.Web.Clinician;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Admin;

/// <summary>
/// The administrator's status page: what is running and how much is stored, as counts only, and the clinician
/// applications to check against the public register. It shows no patient's account or record: an administrator
/// runs the service and reads no patient's data (on anyone's records they get 404 like every other account).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(HipSpineDbContext db, KnowledgeBase knowledge, IOptions<DatabaseOptions> database, ClinicianRegistry registry) : PageModel
{
    public string KnowledgeVersion => knowledge.Version;

    public string DatabaseProvider => database.Value.Provider;

    public int Accounts { get; private set; }

    public int Assessments { get; private set; }

    public int DiaryEntries { get; private set; }

    /// <summary>Clinician applications waiting for a check of the register.</summary>
    public IReadOnlyList<(ClinicianProfile Profile, string Email)> Pending { get; private set; } = [];

    /// <summary>The register was checked: the applicant becomes a verified clinician.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId) || !await registry.ApproveAsync(userId, User.UserId()!, cancellationToken))
        {
            return NotFound();
        }

        return RedirectToPage("/Admin/Index");
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await registry.PendingAsync(cancellationToken);
        Accounts = await db.Users.CountAsync(cancellationToken);
        Assessments = await db.SavedAssessments.CountAsync(cancellationToken);
        DiaryEntries = await db.DiaryEntries.CountAsync(cancellationToken);
    }
}
