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
    public async Task<PlanContext?> LoadAsync(Guid assessmentId, ClaimsPrincipal user, string resource, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var stored = await AssessmentStore.FindOwnedAsync(db, knowledge, assessmentId, userId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        await audit.ReadAsync(userId!, resource, assessmentId.ToString(), cancellationToken);
        var row = await ProgressQueries.PlanAsync(db, assessmentId, userId, cancellationToken);
        return await PlanContext.LoadAsync(db, knowledge, stored, row, cancellationToken);
    }
}
