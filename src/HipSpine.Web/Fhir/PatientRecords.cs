using System.Text.Json;
using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Fhir;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Fhir;

/// <summary>
/// Reads everything stored about one patient from the database as the plain <see cref="PatientRecord"/> the
/// FHIR builders take: saved assessments (case and stored result), diary pain and started plans (exercises with
/// any clinician adjustment, and the phases' goals). Uses only HipSpine.Data, the engine and HipSpine.Fhir, so
/// the CLI compiles this same file.
/// </summary>
internal static class PatientRecords
{
    /// <summary>The patient's record; null when no account has this id.</summary>
    public static async Task<PatientRecord?> LoadAsync(HipSpineDbContext db, KnowledgeBase knowledge, string patientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!await db.Users.AsNoTracking().AnyAsync(u => u.Id == patientId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var rows = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var assessments = new List<AssessmentRecord>();
        foreach (var row in rows.OrderBy(r => r.CreatedUtc))
        {
            var result = JsonSerializer.Deserialize<AssessmentResult>(row.ResultJson, HipSpineJson.Options);
            using var document = JsonDocument.Parse(row.CaseJson);
            var subject = CaseValidator.Validate(document.RootElement, knowledge.Vocabulary, 1).Case;
            if (result is not null && subject is not null)
            {
                assessments.Add(new AssessmentRecord(row.Id, new DateTimeOffset(DateTime.SpecifyKind(row.CreatedUtc, DateTimeKind.Utc)), subject, result));
            }
        }

        var plans = await db.Plans.AsNoTracking().Where(p => p.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planIds = plans.Select(p => p.Id).ToArray();
        var entries = await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pain = entries.OrderBy(e => e.At)
            .Select(e => new PainRecord(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Unspecified), TimeSpan.Zero), e.Pain))
            .ToArray();

        var adjustments = await db.PlanAdjustments.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var planRecords = new List<PlanRecord>();
        foreach (var plan in plans.OrderBy(p => p.CreatedUtc))
        {
            var stored = assessments.FirstOrDefault(a => a.Id == plan.AssessmentId);
            if (stored is null)
            {
                continue;
            }

            var recovery = RecoveryPlanner.Plan(knowledge, stored.Result, stored.Case);
            var exercises = recovery.Phases.SelectMany(p => p.Exercises).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
            var versions = rows.Where(r => r.Id == plan.AssessmentId || r.RootId == plan.AssessmentId).Select(r => r.Id).ToHashSet();
            var adjustment = adjustments.Where(a => versions.Contains(a.AssessmentId)).OrderByDescending(a => a.CreatedUtc).FirstOrDefault();
            if (adjustment is not null)
            {
                var dropped = Ids(adjustment.Dropped);
                exercises.RemoveAll(dropped.Contains);
                exercises.AddRange(Ids(adjustment.Added).Where(e => !exercises.Contains(e)));
            }

            var described = exercises
                .Select(id => knowledge.Care.Exercises.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal)))
                .OfType<ExerciseKnowledge>()
                .Select(e => e.Name + ": " + e.Dosage.Text)
                .ToArray();
            var goals = recovery.Phases.SelectMany(p => p.Phase.Goals.Select(g => p.Phase.Title + ": " + g)).ToArray();
            planRecords.Add(new PlanRecord(plan.Id, plan.StartDate, described, goals));
        }

        return new PatientRecord(patientId, assessments, pain, planRecords);
    }

    private static string[] Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
