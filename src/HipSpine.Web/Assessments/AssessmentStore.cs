using System.Text.Json;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Assessments;

/// <summary>A stored assessment read back: the row, its case and its stored result.</summary>
public sealed record StoredAssessment(SavedAssessment Row, AssessmentCase Case, AssessmentResult Result);

/// <summary>Saving and finding assessments, with the one ownership rule: an owned row is its owner's only.</summary>
internal static class AssessmentStore
{
    /// <summary>Recomputed from the answers rather than trusted from the page: the same engine gives the same result.</summary>
    public static SavedAssessment Create(AssessmentEngine engine, InterviewState interview, string? userId, TimeProvider time)
    {
        var subject = InterviewAnswers.ToCase(engine.Knowledge, interview);
        var result = engine.Assess(subject);
        return new SavedAssessment
        {
            Id = Guid.NewGuid(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            UserId = userId,
            CaseJson = SavedAssessmentsApi.CaseJson(subject),
            ResultJson = HipSpineJson.Serialize(result),
            KnowledgeVersion = result.KnowledgeVersion,
        };
    }

    /// <summary>A row this person may see: their own, or one saved under a private link only (no owner).</summary>
    public static async Task<StoredAssessment?> FindVisibleAsync(HipSpineDbContext db, KnowledgeBase knowledge, Guid id, string? userId, CancellationToken cancellationToken)
    {
        var row = await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null || (row.UserId is not null && row.UserId != userId) ? null : Read(knowledge, row);
    }

    /// <summary>A row saved to this person's account; null for anyone else's (shown as not found).</summary>
    public static async Task<StoredAssessment?> FindOwnedAsync(HipSpineDbContext db, KnowledgeBase knowledge, Guid id, string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return null;
        }

        var row = await ProgressQueries.OwnedAssessmentAsync(db, id, userId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Read(knowledge, row);
    }

    /// <summary>Null when the stored case no longer reads with the current vocabulary.</summary>
    public static StoredAssessment? Read(KnowledgeBase knowledge, SavedAssessment row)
    {
        var result = JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options);
        using var caseDocument = JsonDocument.Parse(row.CaseJson);
        var subject = CaseValidator.Validate(caseDocument.RootElement, knowledge.Vocabulary, 1).Case;
        return result is null || subject is null ? null : new StoredAssessment(row, subject, result);
    }
}
