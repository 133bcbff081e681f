using HipSpine.Data;
using HipSpine.Records;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Clinician;

/// <summary>A clinician chooses or drops exercises of a shared assessment's plan and adds a note for the patient.</summary>
[Authorize(Policy = Policies.Clinician)]
public sealed class AdjustPlanModel(HipSpineDbContext db, Sharing sharing, KnowledgeBase knowledge, TimeProvider time) : PageModel
{
    public Guid Id { get; private set; }

    /// <summary>Every exercise of the knowledge base and whether it is in the plan now.</summary>
    public IReadOnlyList<(string Id, string Name, bool InPlan)> Exercises { get; private set; } = [];

    public string? Note { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(id, cancellationToken);
        return current is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string[]? exercise, string? note, CancellationToken cancellationToken)
    {
        var current = await LoadAsync(id, cancellationToken);
        if (current is null)
        {
            return NotFound();
        }

        var chosen = (exercise ?? []).Where(e => knowledge.Care.Exercises.Any(k => k.Id == e)).ToHashSet(StringComparer.Ordinal);
        var planned = current.Value.Planned;
        db.PlanAdjustments.Add(new PlanAdjustment
        {
            Id = Guid.NewGuid(),
            AssessmentId = id,
            ClinicianId = User.UserId()!,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            Added = string.Join(',', chosen.Where(e => !planned.Contains(e)).Order(StringComparer.Ordinal)),
            Dropped = string.Join(',', planned.Where(e => !chosen.Contains(e)).Order(StringComparer.Ordinal)),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 4000)],
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Clinician/Patient", new { patientId = current.Value.PatientId });
    }

    /// <summary>The engine's plan exercises (the baseline every adjustment is measured against).</summary>
    private async Task<(string PatientId, HashSet<string> Planned)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Sharing.IsClinician(User))
        {
            return null;
        }

        var stored = await sharing.FindSharedAsync(id, User, AuditResources.PlanAdjustment, cancellationToken);
        if (stored is null || stored.Row.UserId == User.UserId())
        {
            return null;
        }

        Id = id;
        var effective = await EffectivePlan.LoadAsync(db, knowledge, stored, cancellationToken);
        var planned = effective.Planned.ToHashSet(StringComparer.Ordinal);
        var inPlan = effective.Exercises.ToHashSet(StringComparer.Ordinal);
        Note = effective.Adjustment?.Note;
        Exercises = knowledge.Care.Exercises.Select(e => (e.Id, e.Name, inPlan.Contains(e.Id))).ToArray();
        return (stored.Row.UserId!, planned);
    }
}
