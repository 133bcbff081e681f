using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Progress;

/// <summary>Charts, the weekly summary, progression decisions and prompts to book a review for a started plan.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class ProgressModel(PlanLoader loader, HipSpineDbContext db, PersonClock clock, KnowledgeBase knowledge, DataLimits limits) : PageModel
{
    public Guid Id { get; private set; }

    public ProgressReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.Progress, cancellationToken);
        if (context?.Row is null)
        {
            return context is null ? NotFound() : RedirectToPage("/Plans/Plan", new { id });
        }

        Id = id;
        // Only what the charts can show (Limits:ChartDays, default the last 365 days), however much is stored.
        var from = limits.ChartStart;
        var entries = await ProgressQueries.DiaryAsync(db, context.Row.Id, cancellationToken, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var scores = (await ProgressQueries.ScoresAsync(db, context.Row.Id, cancellationToken)).Where(s => s.Date >= from).ToArray();
        var today = clock.Today(await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken));
        Report = ProgressReport.Build(context, knowledge.Care.Plan, entries, scores, today, from);
        return Page();
    }
}
