using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Accounts;

public sealed record SavedLine(Guid Id, DateTime CreatedUtc, string UrgencyTitle, bool HasPlan);

/// <summary>"My account": the person's saved assessments, newest first, each with its plan.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(HipSpineDbContext db) : PageModel
{
    public string Email { get; private set; } = "";

    /// <summary>The person's patient id: the id of <c>/fhir/Patient/{id}/$everything</c> and of the CLI's <c>export --patient</c>.</summary>
    public string PatientId { get; private set; } = "";

    public bool IsClinician => Clinician.Sharing.IsClinician(User);

    public IReadOnlyList<SavedLine> Saved { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Email = User.Identity?.Name ?? "";
        PatientId = userId ?? "";
        var rows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == userId && a.ExaminedBy == null)
            .Select(a => new { a.Id, a.CreatedUtc, a.ResultJson })
            .ToListAsync(cancellationToken);
        var planned = await db.Plans.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.AssessmentId)
            .ToListAsync(cancellationToken);
        Saved = rows.OrderByDescending(r => r.CreatedUtc)
            .Select(r => new SavedLine(r.Id, r.CreatedUtc, Records.KnowledgeText.UrgencyTitle(
                JsonSerializer.Deserialize<AssessmentResult>(r.ResultJson, HipSpineJson.Options)?.Urgency ?? ""), planned.Contains(r.Id)))
            .ToArray();
    }
}
