using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Fhir;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Records;

/// <summary>
/// Reads everything stored about one patient from the database as the plain <see cref="PatientRecord"/> the
/// FHIR builders take: saved assessments (case and stored result), diary pain and started plans (the effective
/// plan's exercises and the phases' goals).
/// </summary>
public static class PatientRecords
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
        var stored = rows.OrderBy(r => r.CreatedUtc)
            .Select(r => StoredAssessmentCodec.Decode(knowledge, r))
            .OfType<StoredAssessment>()
            .ToArray();
        var assessments = stored
            .Select(s => new AssessmentRecord(s.Row.Id, new DateTimeOffset(DateTime.SpecifyKind(s.Row.CreatedUtc, DateTimeKind.Utc)), s.Case, s.Result))
            .ToList();

        var plans = await db.Plans.AsNoTracking().Where(p => p.UserId == patientId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planIds = plans.Select(p => p.Id).ToArray();
        var entries = await db.DiaryEntries.AsNoTracking().Where(e => planIds.Contains(e.PlanId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pain = entries.OrderBy(e => e.At)
            .Select(e => new PainRecord(e.Id, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Unspecified), TimeSpan.Zero), e.Pain))
            .ToArray();

        var rowIds = rows.Select(r => r.Id).ToArray();
        var adjustments = await db.PlanAdjustments.AsNoTracking().Where(a => rowIds.Contains(a.AssessmentId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planRecords = new List<PlanRecord>();
        foreach (var plan in plans.OrderBy(p => p.CreatedUtc))
        {
            if (stored.FirstOrDefault(a => a.Row.Id == plan.AssessmentId) is not { } assessment)
            {
                continue;
            }

            var effective = EffectivePlan.Of(
                Engine.Care.RecoveryPlanner.Plan(knowledge, assessment.Result, assessment.Case),
                adjustments,
                EffectivePlan.VersionIds(rows, plan.AssessmentId));
            var described = effective.Exercises
                .Select(id => knowledge.Care.Exercises.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal)))
                .OfType<ExerciseKnowledge>()
                .Select(e => e.Name + ": " + e.Dosage.Text)
                .ToArray();
            var goals = effective.Plan.Phases.SelectMany(p => p.Phase.Goals.Select(g => p.Phase.Title + ": " + g)).ToArray();
            planRecords.Add(new PlanRecord(plan.Id, plan.StartDate, described, goals));
        }

        return new PatientRecord(patientId, assessments, pain, planRecords);
    }
}
