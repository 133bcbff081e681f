using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Audit;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Diary;

/// <summary>Add, edit or delete one diary entry of the owner's started plan.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EntryModel(PlanLoader loader, HipSpineDbContext db, PersonClock clock, DataLimits limits, AuditTrail audit) : PageModel
{
    /// <summary>The zone the entry's time is in (the browser's, else the latest entry's, else UTC).</summary>
    public string TimeZone { get; private set; } = PersonClock.Utc;

    [BindProperty]
    public DiaryForm Form { get; set; } = new();

    public Guid Id { get; private set; }

    public Guid? EntryId { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    private PlanContext context = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? entryId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken, recordRead: false) is { } stop)
        {
            return stop;
        }

        if (entryId is null)
        {
            await audit.ReadAsync(context.Row!.UserId, AuditResources.Diary, id.ToString(), cancellationToken);
            Form = DiaryForm.New(clock.Now(TimeZone), Offered());
            return Page();
        }

        var entry = await FindAsync(entryId.Value, cancellationToken);
        if (entry is null)
        {
            // Not in this plan: if it is someone else's entry, the attempt is theirs to see, never a read of the caller's diary.
            var owner = await db.DiaryEntries.AsNoTracking().Where(e => e.Id == entryId.Value)
                .Join(db.Plans, e => e.PlanId, p => p.Id, (e, p) => p.UserId).FirstOrDefaultAsync(cancellationToken);
            if (owner is not null && owner != context.Row!.UserId)
            {
                await audit.DeniedAsync(owner, AuditResources.Diary, entryId.Value.ToString(), cancellationToken);
            }

            return NotFound();
        }

        await audit.ReadAsync(context.Row!.UserId, AuditResources.Diary, id.ToString(), cancellationToken);

        EntryId = entryId;
        TimeZone = PersonClock.TryFind(entry.TimeZone, out _) ? entry.TimeZone! : TimeZone;
        Form = DiaryForm.From(entry, Offered());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? entryId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } stop)
        {
            return stop;
        }

        var entry = entryId is null
            ? new DiaryEntry { Id = Guid.NewGuid(), PlanId = context.Row!.Id }
            : await FindAsync(entryId.Value, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        EntryId = entryId;
        var posted = Request.Form[PersonClock.Field].ToString();
        if (posted.Length > 0 && !PersonClock.TryFind(posted, out _))
        {
            return new ResultAction(PersonClock.Invalid());
        }

        TimeZone = posted.Length > 0 ? posted.Trim() : TimeZone;
        Errors = Form.Validate(context.AllExercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), limits);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest; // the form again, each problem beside its field
            return Page();
        }

        if (entryId is null && await limits.DiaryFullAsync(db, context.Row!.UserId, 1, cancellationToken))
        {
            return new ResultAction(DataLimits.QuotaExceeded(HttpContext, "diary entries", limits.Options.DiaryEntriesPerDay));
        }

        if (entryId is null)
        {
            db.DiaryEntries.Add(entry);
        }
        else
        {
            db.RemoveRange(entry.Exercises); // replaced by the rows ticked on the form
        }

        Form.ApplyTo(entry);
        entry.TimeZone = TimeZone;
        db.AddRange(entry.Exercises);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Diary/Index", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid? entryId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } stop)
        {
            return stop;
        }

        var entry = entryId is null ? null : await FindAsync(entryId.Value, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        db.DiaryEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Diary/Index", new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken, bool recordRead = true)
    {
        var loaded = await loader.LoadAsync(id, User, AuditResources.Diary, cancellationToken, recordRead);
        if (loaded is null)
        {
            return NotFound();
        }

        if (loaded.Row is null)
        {
            return RedirectToPage("/Plans/Plan", new { id }); // the diary belongs to a started plan
        }

        Id = id;
        context = loaded;
        TimeZone = await clock.ZoneOfPlanAsync(loaded.Row.Id, cancellationToken);
        Names = loaded.AllExercises.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        return null;
    }

    /// <summary>Only an entry of this plan: another person's entry id is simply not found.</summary>
    private Task<DiaryEntry?> FindAsync(Guid entryId, CancellationToken cancellationToken) =>
        db.DiaryEntries.Include(e => e.Exercises).FirstOrDefaultAsync(e => e.Id == entryId && e.PlanId == context.Row!.Id, cancellationToken);

    private IReadOnlyList<ExerciseKnowledge> Offered()
    {
        var today = clock.Today(TimeZone);
        return context.PhaseOfWeek(context.WeekOf(today)).Exercises;
    }
}
