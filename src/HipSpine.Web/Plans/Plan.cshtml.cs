using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Records;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Plans;

/// <summary>
/// "My plan" for a saved assessment: today's exercises first (with their drawings and a "done" tick that writes
/// the diary), then the phased exercise plan, the treatment options folded by group with the cautions that apply
/// to this person, tips and timeline. Starting the plan stores its start date.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PlanModel(PlanLoader loader, HipSpineDbContext db, TimeProvider time, PersonClock clock, ClinicianChanges changes, DataLimits limits, ExerciseFigures figures) : PageModel
{
    public ExerciseFigures Figures => figures;

    /// <summary>"Now" for the "done today" diary form (yyyy-MM-ddTHH:mm, as the diary's date field takes it).</summary>
    public string Now { get; private set; } = "";

    /// <summary>The anti-inflammatory safety answers sent with the address, if any.</summary>
    public NsaidAnswers Nsaid { get; private set; } = new(false, []);

    public Guid Id { get; private set; }

    public PlanContext Context { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    /// <summary>The person's zone (their latest diary entry's, else UTC): "today" and "now" are read in it.</summary>
    public string TimeZone { get; private set; } = PersonClock.Utc;

    public string? StartError { get; private set; }

    /// <summary>The clinician's change in force (who, when, what), when a clinician has changed the plan.</summary>
    public ClinicianChange? ClinicianChange { get; private set; }

    public IEnumerable<IGrouping<TreatmentCategory, TreatmentOption>> OptionGroups =>
        PlanWords.Categories.SelectMany(c => Context.Plan.Options.Where(o => o.Treatment.Category == c).GroupBy(o => o.Treatment.Category));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(Guid id, string? startDate, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A plan is a schedule, so it may start up to a year ahead; in the past only within Limits:MaxDaysBack.
        StartError = !DateOnly.TryParseExact(startDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            ? "Enter the start date as a date (yyyy-mm-dd)."
            : start.DayNumber - Today.DayNumber > 366 ? "The start date cannot be more than a year from today."
            : start < limits.Earliest ? limits.DateProblem(start, "start date")
            : null;
        if (StartError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var row = Context.Row;
        if (row is null)
        {
            row = new CarePlan { Id = Guid.NewGuid(), UserId = Context.Assessment.Row.UserId!, AssessmentId = id, CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Plans.Add(row);
        }

        row.StartDate = start;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Plans/Plan", new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.Plan, cancellationToken);
        if (context is null)
        {
            return false;
        }

        Id = id;
        Context = context;
        TimeZone = context.Row is null ? PersonClock.Utc : await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken);
        Today = clock.Today(TimeZone);
        Now = clock.Now(TimeZone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        Nsaid = NsaidAnswers.From(Request.Query);
        ClinicianChange = context.Adjustment is null ? null : await changes.DescribeAsync(context.Assessment.RootId, context.Adjustment, cancellationToken);
        return true;
    }
}
