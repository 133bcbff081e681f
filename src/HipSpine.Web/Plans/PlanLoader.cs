using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Accounts;
using HipSpine.Records;
using HipSpine.Web.Assessments;
using HipSpine.Web.Audit;

namespace HipSpine.Web.Plans;

/// <summary>
/// Loads a <see cref="PlanContext"/> for the signed-in owner only; anyone else gets null (shown as 404). The read
/// plan is the effective plan (the clinician's adjustment applied). The read is recorded in the audit trail as the given resource (the page that shows it: plan, diary, ...).
/// </summary>
public sealed class PlanLoader(HipSpineDbContext db, KnowledgeBase knowledge, AuditTrail audit)
{
    /// <param name="assessmentId">The saved assessment whose plan it is.</param>
    /// <param name="user">The caller: only the owner gets the plan; anyone else signed in is recorded as denied against the owner.</param>
    /// <param name="resource">What the page shows, for the audit trail.</param>
    /// <param name="recordRead">False when the caller records the read itself, once it knows what it serves (a diary entry).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<PlanContext?> LoadAsync(Guid assessmentId, ClaimsPrincipal user, string resource, CancellationToken cancellationToken, bool recordRead = true)
    {
        var userId = user.UserId();
        var stored = await AssessmentStore.FindOwnedAsync(db, knowledge, assessmentId, userId, cancellationToken);
        if (stored is null)
        {
            await audit.DeniedAssessmentAsync(assessmentId, resource, cancellationToken);
            return null;
        }

        if (recordRead)
        {
            await audit.ReadAsync(userId!, resource, assessmentId.ToString(), cancellationToken);
        }

        var row = await ProgressQueries.PlanAsync(db, assessmentId, userId, cancellationToken);
        return await PlanContext.LoadAsync(db, knowledge, stored, row, cancellationToken);
    }
}
