using HipSpine.Data;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Audit;

/// <summary>
/// "Who looked at my data": every read and change of the person's data by others (and, on request, by
/// themself), newest first, a page at a time, with who, what, when and from which address.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ActivityModel(HipSpineDbContext db, Clinician.ClinicianRegistry registry) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Include the person's own reads and changes.</summary>
    public bool Own { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<ActivityLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(int? p, bool? own, CancellationToken cancellationToken)
    {
        var me = User.UserId()!;
        Own = own == true;
        var events = db.AuditEvents.AsNoTracking().Where(e => e.PatientId == me && (Own || e.ActorId == null || e.ActorId != me));
        var total = await events.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(p ?? 1, 1, PageCount);
        var rows = await events.OrderByDescending(e => e.WhenUtc).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);

        var actorIds = rows.Select(e => e.ActorId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var emails = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.Id, cancellationToken);
        var clinicians = await registry.LabelsAsync(rows.Where(e => e.ActorRole == AuditRoles.Clinician).Select(e => e.ActorId).OfType<string>().ToArray(), cancellationToken);
        var ids = rows.Select(e => Guid.TryParse(e.ResourceId, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToArray();
        var dates = await db.SavedAssessments.AsNoTracking().Where(a => ids.Contains(a.Id) && a.UserId == me)
            .ToDictionaryAsync(a => a.Id.ToString(), a => a.CreatedUtc, cancellationToken);
        Lines = rows.Select(e => ActivityWords.Describe(e, me, emails, dates, clinicians)).ToArray();
    }

    /// <summary>This page's address with another page number (<c>p</c>: Razor Pages keeps <c>page</c> for itself).</summary>
    public string PageLink(int page) => Url.Page("/Audit/Activity", new { p = page, own = Own ? "true" : null })!;
}
