using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using HipSpine.Web.Audit;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>One side of the comparison: urgency and the leading sources.</summary>
public sealed record ResultSummary(string Heading, string KnowledgeVersion, string UrgencyTitle, IReadOnlyList<(string Name, string Percent)> Sources);

/// <summary>The stored case assessed again by today's engine, beside the stored result. Nothing is stored.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class RerunModel(HipSpineDbContext db, KnowledgeText text, AssessmentEngine engine, AuditTrail audit) : PageModel
{
    public Guid Id { get; private set; }

    public ResultSummary? Stored { get; private set; }

    public ResultSummary? Current { get; private set; }

    public bool Changed { get; private set; }

    public ResultView? CurrentResult { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await AssessmentStore.FindVisibleAsync(db, text.Knowledge, id, User.UserId(), cancellationToken);
        if (stored is null)
        {
            await audit.DeniedAssessmentAsync(id, AuditResources.Assessment, cancellationToken);
            return NotFound();
        }

        if (stored.Row.UserId is { } patientId)
        {
            await audit.ReadAsync(patientId, AuditResources.Assessment, id.ToString(), cancellationToken);
        }

        Id = id;
        var fresh = engine.Assess(stored.Case);
        Stored = Summary("Stored result", stored.Result);
        Current = Summary("With the current knowledge", fresh);
        Changed = stored.Result.Urgency != fresh.Urgency
            || !stored.Result.Sources.Take(3).Select(s => s.Id).SequenceEqual(fresh.Sources.Take(3).Select(s => s.Id), StringComparer.Ordinal);
        CurrentResult = ResultView.Build(text, fresh, stored.Case, stoppedForEmergency: false, stateToken: null);
        return Page();
    }

    private ResultSummary Summary(string heading, AssessmentResult result) => new(
        heading,
        result.KnowledgeVersion,
        KnowledgeText.UrgencyTitle(result.Urgency),
        result.Sources.Take(ResultView.SourcesShown).Select(s => (text.SourceName(s.Id), KnowledgeText.Percent(s.Probability))).ToArray());
}
