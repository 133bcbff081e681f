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
public sealed class ProgressModel(PlanLoader loader, HipSpineDbContext db, TimeProvider time, KnowledgeBase knowledge) : PageModel
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
        var entries = await ProgressQueries.DiaryAsync(db, context.Row.Id, cancellationToken);
        var scores = await ProgressQueries.ScoresAsync(db, context.Row.Id, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Report = ProgressReport.Build(context, knowledge.Care.Plan, entries, scores, today);
        return Page();
    }
}
