using Microsoft.EntityFrameworkCore;

namespace HipSpine.Data.Queries;

/// <summary>A patient on the clinician workspace: the rows the clinician's grants cover and the diary of their plans.</summary>
public sealed record WorkspacePatient(string PatientId, string? Email, IReadOnlyList<SavedAssessment> Rows, IReadOnlyList<DiaryEntry> Diary);

/// <summary>
/// The reads behind the clinician workspace and patient pages. The pages call these, and so does the scale
/// benchmark (bench/HipSpine.Scale), so what is measured is what the pages run.
/// </summary>
public static class ClinicianQueries
{
    /// <summary>The clinician's grants that are redeemed, not revoked and not expired at <paramref name="nowUtc"/>; one patient's or all.</summary>
    public static async Task<IReadOnlyList<ShareGrant>> ActiveGrantsAsync(HipSpineDbContext db, string clinicianId, string? patientId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.ShareGrants.AsNoTracking()
            .Where(g => g.ClinicianId == clinicianId && g.RevokedUtc == null && g.ExpiresUtc > nowUtc && (patientId == null || g.PatientId == patientId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when one of <paramref name="grants"/> covers the row (all the patient's data, the row, or its first version).</summary>
    public static bool Covers(IEnumerable<ShareGrant> grants, SavedAssessment row) =>
        grants.Any(g => g.PatientId == row.UserId && (g.AssessmentId is null || g.AssessmentId == row.Id || g.AssessmentId == row.RootId));

    /// <summary>The patient's rows that <paramref name="grants"/> cover, newest first; none without grants.</summary>
    public static async Task<IReadOnlyList<SavedAssessment>> CoveredRowsAsync(HipSpineDbContext db, string patientId, IReadOnlyCollection<ShareGrant> grants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(grants);
        if (grants.Count == 0)
        {
            return [];
        }

        var rows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(r => Covers(grants, r)).OrderByDescending(r => r.CreatedUtc).ToArray();
    }

    /// <summary>For a clinician: the rows of a patient that their active grants cover, newest first.</summary>
    public static async Task<IReadOnlyList<SavedAssessment>> SharedRowsAsync(HipSpineDbContext db, string clinicianId, string patientId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var grants = await ActiveGrantsAsync(db, clinicianId, patientId, nowUtc, cancellationToken).ConfigureAwait(false);
        return await CoveredRowsAsync(db, patientId, grants.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    public static async Task<string?> EmailAsync(HipSpineDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The diary entries of the plans of these assessments, oldest first, without their exercise logs: the
    /// clinician pages chart pain only, and the logs would double the rows read.
    /// </summary>
    public static async Task<IReadOnlyList<DiaryEntry>> DiaryOfAssessmentsAsync(HipSpineDbContext db, IReadOnlyCollection<Guid> assessmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var planIds = await db.Plans.AsNoTracking().Where(p => assessmentIds.Contains(p.AssessmentId)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return entries.OrderBy(e => e.At).ToArray();
    }

    /// <summary>The latest plan adjustment a clinician made for an assessment, or null.</summary>
    public static async Task<PlanAdjustment?> LatestAdjustmentAsync(HipSpineDbContext db, Guid assessmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.PlanAdjustments.AsNoTracking().Where(a => a.AssessmentId == assessmentId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderByDescending(a => a.CreatedUtc).FirstOrDefault();
    }

    /// <summary>
    /// Everything the workspace lists for the patients of <paramref name="grants"/> (the clinician's active grants):
    /// per patient, the covered rows (newest first), the email and the diary entries after <paramref name="diarySinceUtc"/>
    /// (the list shows only the last two weeks' trend; exercise logs are not read). Four queries however many patients:
    /// one per patient (the first version) took seconds for a clinician with a hundred patients (docs/performance.md).
    /// </summary>
    public static async Task<IReadOnlyList<WorkspacePatient>> WorkspaceAsync(HipSpineDbContext db, IReadOnlyCollection<ShareGrant> grants, DateTime diarySinceUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(grants);
        var patientIds = grants.Select(g => g.PatientId).Distinct(StringComparer.Ordinal).ToArray();
        if (patientIds.Length == 0)
        {
            return [];
        }

        var allRows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId != null && patientIds.Contains(a.UserId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var emails = await db.Users.AsNoTracking().Where(u => patientIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rowsOf = patientIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<SavedAssessment>)allRows.Where(r => r.UserId == id && Covers(grants.Where(g => g.PatientId == id), r)).OrderByDescending(r => r.CreatedUtc).ToArray(),
            StringComparer.Ordinal);
        var assessmentIds = rowsOf.Values.SelectMany(rows => rows.Select(r => r.RootId ?? r.Id)).Distinct().ToArray();
        var plans = await db.Plans.AsNoTracking().Where(p => assessmentIds.Contains(p.AssessmentId)).Select(p => new { p.Id, p.AssessmentId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planIds = plans.Select(p => p.Id).ToArray();
        var diary = await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId) && e.At > diarySinceUtc).ToListAsync(cancellationToken).ConfigureAwait(false);
        return patientIds.Select(id =>
        {
            var ids = rowsOf[id].Select(r => r.RootId ?? r.Id).ToHashSet();
            var theirPlans = plans.Where(p => ids.Contains(p.AssessmentId)).Select(p => p.Id).ToHashSet();
            return new WorkspacePatient(id, emails.FirstOrDefault(e => e.Id == id)?.Email, rowsOf[id], diary.Where(e => theirPlans.Contains(e.PlanId)).OrderBy(e => e.At).ToArray());
        }).ToArray();
    }
}
