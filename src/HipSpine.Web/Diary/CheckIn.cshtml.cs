using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using HipSpine.Web.Assessments;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Diary;

/// <summary>
/// The weekly check-in: a diary entry plus the warning signs (the red-flag questions a person can answer).
/// When any is ticked, triage runs again on the stored case with the new findings and its advice is shown first.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class CheckInModel(PlanLoader loader, HipSpineDbContext db, PersonClock clock, AssessmentEngine engine, KnowledgeText text, DataLimits limits) : PageModel
{
    [BindProperty]
    public DiaryForm Form { get; set; } = new();

    [BindProperty]
    public List<string> Signs { get; set; } = [];

    public Guid Id { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FindingQuestion> WarningSigns { get; } = text.Knowledge.Questions
        .Where(q => q.RedFlag && !q.Definition.IsClinicianOnly && q.Definition.Type == FindingType.Bool)
        .ToArray();

    /// <summary>The new triage when warning signs were ticked; shown before anything else.</summary>
    public ResultView? Advice { get; private set; }

    public bool Saved { get; private set; }

    /// <summary>The zone the check-in's time is in (the browser's, else the latest entry's, else UTC).</summary>
    public string TimeZone { get; private set; } = PersonClock.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.CheckIn, cancellationToken);
        if (context?.Row is null)
        {
            return context is null ? NotFound() : RedirectToPage("/Plans/Plan", new { id });
        }

        Id = id;
        TimeZone = await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken);
        Form = DiaryForm.New(clock.Now(TimeZone), []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.CheckIn, cancellationToken);
        if (context?.Row is null)
        {
            return context is null ? NotFound() : RedirectToPage("/Plans/Plan", new { id });
        }

        Id = id;
        var posted = Request.Form[PersonClock.Field].ToString();
        if (posted.Length > 0 && !PersonClock.TryFind(posted, out _))
        {
            return new ResultAction(PersonClock.Invalid());
        }

        TimeZone = posted.Length > 0 ? posted.Trim() : await clock.ZoneOfPlanAsync(context.Row.Id, cancellationToken);
        Form.Exercises.Clear(); // exercises are logged in the diary, not here
        var known = WarningSigns.Select(q => q.Code).ToHashSet(StringComparer.Ordinal);
        var ticked = Signs.Where(known.Contains).Distinct(StringComparer.Ordinal).ToArray();
        Errors = Form.Validate(new HashSet<string>(StringComparer.Ordinal), limits);
        if (ticked.Length > 0)
        {
            // Safety first: the advice is shown even when the rest of the form has a mistake.
            var subject = ticked.Aggregate(context.Assessment.Case,
                (c, code) => c.With(text.Knowledge.Vocabulary.FindFinding(code)!.Index, FindingValue.Of(true)));
            Advice = ResultView.Build(text, engine.Assess(subject), subject, stoppedForEmergency: false, stateToken: null);
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest; // the form again (with any advice first), each problem beside its field
            return Page();
        }

        if (await limits.DiaryFullAsync(db, context.Row.UserId, 1, cancellationToken))
        {
            return new ResultAction(DataLimits.QuotaExceeded(HttpContext, "diary entries", limits.Options.DiaryEntriesPerDay));
        }

        var entry = new DiaryEntry { Id = Guid.NewGuid(), PlanId = context.Row.Id, NewWarningSigns = ticked.Length > 0 ? string.Join(',', ticked) : null };
        Form.ApplyTo(entry);
        entry.TimeZone = TimeZone;
        db.DiaryEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        if (Advice is null)
        {
            return RedirectToPage("/Progress/Progress", new { id });
        }

        Saved = true;
        return Page();
    }
}
