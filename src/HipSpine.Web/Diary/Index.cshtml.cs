using HipSpine.Data;
using HipSpine.Web.Hosting;
using HipSpine.Data.Queries;
using HipSpine.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Diary;

/// <summary>The diary of a started plan, newest entry first.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndexModel(PlanLoader loader, HipSpineDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<DiaryEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var context = await loader.LoadAsync(id, User, AuditResources.Diary, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        if (context.Row is null)
        {
            return RedirectToPage("/Plans/Plan", new { id });
        }

        Id = id;
        Names = context.AllExercises.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        Entries = await ProgressQueries.LatestDiaryAsync(db, context.Row.Id, cancellationToken);
        return Page();
    }
}
