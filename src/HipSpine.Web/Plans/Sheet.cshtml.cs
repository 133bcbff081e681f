using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Records;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Plans;

/// <summary>A one-page exercise sheet to print: this week's phase, each exercise's drawing, amount and steps.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SheetModel(PlanLoader loader, PersonClock clock, ExerciseFigures figures) : PageModel
{
    public Guid Id { get; private set; }

    public ExerciseFigures Figures => figures;

    public PlannedPhase Phase { get; private set; } = null!;

    public int Week { get; private set; }

    public int PerWeek { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.Plan, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        Id = id;
        var zone = context.Row is null ? PersonClock.Utc : await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken);
        Week = context.WeekOf(clock.Today(zone));
        Phase = context.PhaseOfWeek(Week);
        PerWeek = PlanContext.SessionsPerWeek(Phase);
        return Page();
    }
}
