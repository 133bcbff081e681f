using HipSpine.Data;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using HipSpine.Web.Audit;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>
/// A saved result, shown as it was stored (the stored result JSON, not a fresh assessment). One saved to an
/// account is its owner's only: anyone else gets 404, as if it did not exist.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class SavedModel(HipSpineDbContext db, KnowledgeText text, AuditTrail audit) : PageModel
{
    public ResultView? Result { get; private set; }

    public Guid Id { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public bool KnowledgeChanged { get; private set; }

    public bool Owned { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await AssessmentStore.FindVisibleAsync(db, text.Knowledge, id, User.UserId(), cancellationToken);
        if (stored is null)
        {
            await audit.DeniedAssessmentAsync(id, AuditResources.Assessment, cancellationToken);
            return NotFound(); // unknown, someone else's, or the vocabulary has changed so much the answers no longer read
        }

        if (stored.Row.UserId is { } patientId)
        {
            await audit.ReadAsync(patientId, AuditResources.Assessment, id.ToString(), cancellationToken);
        }

        Id = id;
        Owned = stored.Row.UserId is not null;
        CreatedUtc = stored.Row.CreatedUtc;
        KnowledgeChanged = !string.Equals(stored.Row.KnowledgeVersion, text.Knowledge.Version, StringComparison.Ordinal);
        Result = ResultView.Build(text, stored.Result, stored.Case, stoppedForEmergency: false, stateToken: null);
        return Page();
    }
}
