using HipSpine.Data;
using HipSpine.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Scale;

/// <summary>Who the queries are run for: patients (user id, first assessment) and active (clinician, patient) grants.</summary>
public sealed record ScaleSubjects(IReadOnlyList<(string UserId, Guid AssessmentId)> Patients, IReadOnlyList<(string ClinicianId, string PatientId)> Shares)
{
    public static async Task<ScaleSubjects> LoadAsync(HipSpineDbContext db, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var patients = await db.SavedAssessments.AsNoTracking().Where(a => a.RootId == null && a.UserId != null)
            .OrderBy(a => a.UserId).Select(a => new { a.UserId, a.Id }).ToListAsync().ConfigureAwait(false);
        var shares = await db.ShareGrants.AsNoTracking().Where(g => g.ClinicianId != null && g.RevokedUtc == null && g.ExpiresUtc > nowUtc)
            .OrderBy(g => g.ClinicianId).ThenBy(g => g.PatientId).Select(g => new { g.ClinicianId, g.PatientId }).ToListAsync().ConfigureAwait(false);
        return new ScaleSubjects(patients.Select(p => (p.UserId!, p.Id)).ToArray(), shares.Select(s => (s.ClinicianId!, s.PatientId)).Distinct().ToArray());
    }
}

/// <summary>
/// The measured operations: each runs, in a fresh DI scope (as one request does), the same HipSpine.Data.Queries
/// calls in the same order as its page, and returns the rows it read. <c>SELECT 1</c> through the same context is
/// the reference: the floor of a request's database work (scope, context, connection, round trip).
/// </summary>
public static class ScaleQueries
{
    public const string Reference = "SELECT 1 (reference)";

    /// <summary>The days of diary the workspace reads (ClinicianData.TrendDays in the web app).</summary>
    public const int WorkspaceTrendDays = 14;

    public static IReadOnlyList<(string Name, Func<HipSpineDbContext, Random, Task<int>> Run)> All(ScaleSubjects subjects, DateTime nowUtc, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var clinicians = subjects.Shares.Select(s => s.ClinicianId).Distinct(StringComparer.Ordinal).ToArray();
        (string UserId, Guid AssessmentId) Patient(Random r) => subjects.Patients[r.Next(subjects.Patients.Count)];
        return
        [
            (Reference, async (db, _) => (await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync().ConfigureAwait(false)).Count),
            ("clinician workspace (Clinician/Index)", (db, r) => WorkspaceAsync(db, clinicians[r.Next(clinicians.Length)], nowUtc)),
            ("clinician patient (Clinician/Patient)", (db, r) => ClinicianPatientAsync(db, subjects.Shares[r.Next(subjects.Shares.Count)], nowUtc)),
            ("progress (Progress/Progress)", (db, r) => ProgressAsync(db, Patient(r))),
            ("diary (Diary/Index)", (db, r) => DiaryAsync(db, Patient(r))),
            ("outcomes (Progress/Outcomes)", (db, r) => OutcomesAsync(db, Patient(r))),
            .. (baseline ? [("workspace, first version (baseline)", (db, r) => FirstWorkspaceAsync(db, clinicians[r.Next(clinicians.Length)], nowUtc))] : Array.Empty<(string, Func<HipSpineDbContext, Random, Task<int>>)>()),
        ];
    }

    /// <summary>
    /// The workspace as first written (commit 32b9cda), kept here as the baseline of docs/performance.md: per patient,
    /// the grants, rows, email, plan ids and the whole diary with its exercise logs.
    /// </summary>
    public static async Task<int> FirstWorkspaceAsync(HipSpineDbContext db, string clinicianId, DateTime nowUtc)
    {
        var grants = await ClinicianQueries.ActiveGrantsAsync(db, clinicianId, null, nowUtc, default).ConfigureAwait(false);
        var count = grants.Count;
        foreach (var patientId in grants.Select(g => g.PatientId).Distinct(StringComparer.Ordinal))
        {
            var rows = await ClinicianQueries.SharedRowsAsync(db, clinicianId, patientId, nowUtc, default).ConfigureAwait(false);
            _ = await ClinicianQueries.EmailAsync(db, patientId, default).ConfigureAwait(false);
            var ids = rows.Select(r => r.RootId ?? r.Id).Distinct().ToArray();
            var planIds = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.AssessmentId)).Select(p => p.Id).ToListAsync().ConfigureAwait(false);
            var entries = await db.DiaryEntries.AsNoTracking().Include(e => e.Exercises).Where(e => planIds.Contains(e.PlanId)).ToListAsync().ConfigureAwait(false);
            count += rows.Count + 1 + entries.Count + entries.Sum(e => e.Exercises.Count);
        }

        return count;
    }

    public static async Task<int> WorkspaceAsync(HipSpineDbContext db, string clinicianId, DateTime nowUtc)
    {
        var grants = await ClinicianQueries.ActiveGrantsAsync(db, clinicianId, null, nowUtc, default).ConfigureAwait(false);
        var patients = await ClinicianQueries.WorkspaceAsync(db, grants, nowUtc.AddDays(-WorkspaceTrendDays), default).ConfigureAwait(false);
        return grants.Count + patients.Sum(p => 1 + p.Rows.Count + p.Diary.Count + p.Diary.Sum(e => e.Exercises.Count));
    }

    public static async Task<int> ClinicianPatientAsync(HipSpineDbContext db, (string ClinicianId, string PatientId) share, DateTime nowUtc)
    {
        var rows = await ClinicianQueries.SharedRowsAsync(db, share.ClinicianId, share.PatientId, nowUtc, default).ConfigureAwait(false);
        var grants = await ClinicianQueries.ActiveGrantsAsync(db, share.ClinicianId, share.PatientId, nowUtc, default).ConfigureAwait(false);
        _ = await ClinicianQueries.EmailAsync(db, share.PatientId, default).ConfigureAwait(false);
        var adjustments = 0;
        foreach (var row in rows)
        {
            adjustments += await ClinicianQueries.LatestAdjustmentAsync(db, row.Id, default).ConfigureAwait(false) is null ? 0 : 1;
        }

        var diary = await ClinicianQueries.DiaryOfAssessmentsAsync(db, rows.Select(r => r.RootId ?? r.Id).Distinct().ToArray(), default).ConfigureAwait(false);
        return rows.Count + grants.Count + 1 + adjustments + diary.Count + diary.Sum(e => e.Exercises.Count);
    }

    /// <summary>PlanLoader's two reads (the owned assessment and its plan), then the page's own.</summary>
    private static async Task<CarePlan?> PlanAsync(HipSpineDbContext db, (string UserId, Guid AssessmentId) patient)
    {
        var row = await ProgressQueries.OwnedAssessmentAsync(db, patient.AssessmentId, patient.UserId, default).ConfigureAwait(false);
        return row is null ? null : await ProgressQueries.PlanAsync(db, patient.AssessmentId, patient.UserId, default).ConfigureAwait(false);
    }

    public static async Task<int> ProgressAsync(HipSpineDbContext db, (string UserId, Guid AssessmentId) patient)
    {
        var plan = await PlanAsync(db, patient).ConfigureAwait(false) ?? throw new InvalidOperationException("patient without a plan");
        var entries = await ProgressQueries.DiaryAsync(db, plan.Id, default).ConfigureAwait(false);
        var scores = await ProgressQueries.ScoresAsync(db, plan.Id, default).ConfigureAwait(false);
        return 2 + entries.Count + entries.Sum(e => e.Exercises.Count) + scores.Count;
    }

    public static async Task<int> DiaryAsync(HipSpineDbContext db, (string UserId, Guid AssessmentId) patient)
    {
        var plan = await PlanAsync(db, patient).ConfigureAwait(false) ?? throw new InvalidOperationException("patient without a plan");
        var entries = await ProgressQueries.LatestDiaryAsync(db, plan.Id, default).ConfigureAwait(false);
        return 2 + entries.Count + entries.Sum(e => e.Exercises.Count);
    }

    public static async Task<int> OutcomesAsync(HipSpineDbContext db, (string UserId, Guid AssessmentId) patient)
    {
        var plan = await PlanAsync(db, patient).ConfigureAwait(false) ?? throw new InvalidOperationException("patient without a plan");
        return 2 + (await ProgressQueries.ScoresAsync(db, plan.Id, default).ConfigureAwait(false)).Count;
    }
}
