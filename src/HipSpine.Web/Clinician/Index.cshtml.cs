using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Web.Accounts;
using HipSpine.Web.Audit;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Clinician;

/// <summary>One patient in the clinician's list.</summary>
public sealed record PatientLine(string Id, string Email, string Urgency, string UrgencyTitle, string Arrow, string Trend);

/// <summary>The clinician workspace: every patient with an active grant to me, their latest urgency and pain trend.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class IndexModel(HipSpineDbContext db, Sharing sharing, TimeProvider time, AuditTrail audit, ClinicianRegistry registry) : PageModel
{
    /// <summary>An administrator has checked this clinician's registration.</summary>
    public bool Verified { get; private set; }

    public IReadOnlyList<PatientLine> Patients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Sharing.IsClinician(User))
        {
            return NotFound();
        }

        var me = User.UserId()!;
        Verified = (await registry.FindAsync(me, cancellationToken))?.IsVerified == true;
        var grants = await sharing.ActiveGrantsAsync(me, null, cancellationToken);
        var lines = new List<PatientLine>();
        var patients = await ClinicianQueries.WorkspaceAsync(db, grants, time.GetUtcNow().UtcDateTime.AddDays(-ClinicianData.TrendDays), cancellationToken);
        await audit.ReadAllAsync(patients.Select(p => p.PatientId), AuditResources.PatientList, cancellationToken);
        foreach (var (patientId, email, rows, diary) in patients)
        {
            var urgency = rows.Count == 0 ? "" : ClinicianData.Urgency(rows[0]);
            var (arrow, trend) = ClinicianData.PainTrend(diary, time.GetUtcNow().UtcDateTime);
            lines.Add(new PatientLine(patientId, email ?? patientId, urgency, rows.Count == 0 ? "No saved result yet" : KnowledgeText.UrgencyTitle(urgency), arrow, trend));
        }

        Patients = lines.OrderBy(l => l.Email, StringComparer.Ordinal).ToArray();
        return Page();
    }
}
