using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Plans;

/// <summary>A clinician's change to one of the person's plans: who, when, what, and the plan it changed.</summary>
public sealed record ClinicianChange(Guid PlanAssessmentId, string Clinician, DateTime WhenUtc, string What);

/// <summary>
/// The clinicians' plan changes a person has not seen yet. "Seen" needs no column of its own: opening the plan
/// page is recorded in the audit trail, so a change is new while it is later than the person's last read of that
/// plan. Every page shows the newest one until the person opens the plan.
/// </summary>
public sealed class ClinicianChanges(HipSpineDbContext db, KnowledgeBase knowledge)
{
    public async Task<ClinicianChange?> NewestUnseenAsync(string userId, CancellationToken cancellationToken)
    {
        var versions = await db.SavedAssessments.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new { a.Id, Root = a.RootId ?? a.Id })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var ids = versions.Select(v => v.Id).ToArray();
        var latest = await db.PlanAdjustments.AsNoTracking()
            .Where(p => ids.Contains(p.AssessmentId) && p.ClinicianId != userId)
            .OrderByDescending(p => p.CreatedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var root = versions.First(v => v.Id == latest.AssessmentId).Root;
        var planIds = versions.Where(v => v.Root == root).Select(v => v.Id.ToString()).Append(root.ToString()).ToArray();
        var seen = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PatientId == userId && e.ActorId == userId && e.Resource == AuditResources.Plan && e.Action == AuditActions.Read
                && e.ResourceId != null && planIds.Contains(e.ResourceId) && e.WhenUtc > latest.CreatedUtc)
            .AnyAsync(cancellationToken);
        return seen ? null : await DescribeAsync(root, latest, cancellationToken);
    }

    /// <summary>The change in words with the clinician's email (the only name an account has).</summary>
    public async Task<ClinicianChange> DescribeAsync(Guid planAssessmentId, PlanAdjustment adjustment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        var email = await db.Users.AsNoTracking().Where(u => u.Id == adjustment.ClinicianId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        return new ClinicianChange(planAssessmentId, email ?? "your clinician", adjustment.CreatedUtc, PlanAdjustments.Describe(knowledge, adjustment));
    }

    public static string Date(DateTime whenUtc) => whenUtc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The layout's "Your clinician changed your plan" notice, for a signed-in person with an unseen change.</summary>
public sealed class ClinicianChangeNoticeViewComponent(ClinicianChanges changes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.UserId();
        var change = userId is null || !HttpMethods.IsGet(HttpContext.Request.Method)
            ? null
            : await changes.NewestUnseenAsync(userId, HttpContext.RequestAborted);
        return change is null ? Content("") : View("/Plans/_ClinicianChangeNotice.cshtml", change);
    }
}
