using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Assessments;

/// <summary>Saving and finding assessments, with the one ownership rule: an owned row is its owner's only.</summary>
internal static class AssessmentStore
{
    /// <summary>Recomputed from the answers rather than trusted from the page: the same engine gives the same result.</summary>
    public static SavedAssessment Create(AssessmentEngine engine, InterviewState interview, string? userId, TimeProvider time)
    {
        var subject = InterviewAnswers.ToCase(engine.Knowledge, interview);
        return StoredAssessmentCodec.Encode(subject, engine.Assess(subject), userId, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>A row this person may see: their own, or one saved under a private link only (no owner).</summary>
    public static async Task<StoredAssessment?> FindVisibleAsync(HipSpineDbContext db, KnowledgeBase knowledge, Guid id, string? userId, CancellationToken cancellationToken)
    {
        var row = await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return row is null || (row.UserId is not null && row.UserId != userId) ? null : StoredAssessmentCodec.Decode(knowledge, row);
    }

    /// <summary>A row saved to this person's account; null for anyone else's (shown as not found).</summary>
    public static async Task<StoredAssessment?> FindOwnedAsync(HipSpineDbContext db, KnowledgeBase knowledge, Guid id, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return null;
        }

        var row = await ProgressQueries.OwnedAssessmentAsync(db, id, userId, cancellationToken);
        return row is null ? null : StoredAssessmentCodec.Decode(knowledge, row);
    }
}
