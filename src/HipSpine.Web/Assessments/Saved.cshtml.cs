using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>A saved result, shown as it was stored (the stored result JSON, not a fresh assessment).</summary>
public sealed class SavedModel(HipSpineDbContext db, KnowledgeText text) : PageModel
{
    public ResultView? Result { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public bool KnowledgeChanged { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await db.SavedAssessments.FindAsync([id], cancellationToken).ConfigureAwait(false);
        var result = saved is null ? null : JsonSerializer.Deserialize<AssessmentResult>(saved.ResultJson, HipSpineJson.Options);
        if (saved is null || result is null)
        {
            return NotFound();
        }

        using var caseDocument = JsonDocument.Parse(saved.CaseJson);
        var subject = CaseValidator.Validate(caseDocument.RootElement, text.Knowledge.Vocabulary, 1).Case;
        if (subject is null)
        {
            return NotFound(); // the vocabulary has changed so much that the answers no longer read
        }

        CreatedUtc = saved.CreatedUtc;
        KnowledgeChanged = !string.Equals(saved.KnowledgeVersion, text.Knowledge.Version, StringComparison.Ordinal);
        Result = ResultView.Build(text, result, subject, stoppedForEmergency: false, stateToken: null);
        return Page();
    }
}
