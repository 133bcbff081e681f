using Microsoft.EntityFrameworkCore;

namespace HipSpine.Data.Queries;

/// <summary>
/// The reads behind a person's plan, diary, progress and outcomes pages. The pages call these, and so does the
/// scale benchmark (bench/HipSpine.Scale), so what is measured is what the pages run.
/// </summary>
public static class ProgressQueries
{
    /// <summary>The diary page shows this many entries, newest first.</summary>
    public const int DiaryPageSize = 100;

    /// <summary>A row saved to this person's account; null for anyone else's.</summary>
    public static async Task<SavedAssessment?> OwnedAssessmentAsync(HipSpineDbContext db, Guid id, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person's plan row for an assessment (tracked: the plan page changes it); null until started.</summary>
    public static async Task<CarePlan?> PlanAsync(HipSpineDbContext db, Guid assessmentId, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Plans.FirstOrDefaultAsync(p => p.AssessmentId == assessmentId && p.UserId == userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every diary entry of a plan with its exercises (from <paramref name="since"/> on, when given), oldest first (progress page).</summary>
    public static async Task<IReadOnlyList<DiaryEntry>> DiaryAsync(HipSpineDbContext db, Guid planId, CancellationToken cancellationToken, DateTime? since = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => e.PlanId == planId);
        if (since is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        var entries = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return entries.OrderBy(e => e.At).ToArray();
    }

    /// <summary>The latest <see cref="DiaryPageSize"/> entries of a plan with their exercises, newest first (diary page).</summary>
    public static async Task<IReadOnlyList<DiaryEntry>> LatestDiaryAsync(HipSpineDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => e.PlanId == planId)
            .OrderByDescending(e => e.At).Take(DiaryPageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every outcome score of a plan (progress and outcomes pages).</summary>
    public static async Task<IReadOnlyList<OutcomeScore>> ScoresAsync(HipSpineDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OutcomeScores.AsNoTracking().Where(s => s.PlanId == planId).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
