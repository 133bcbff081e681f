using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Accounts;
using HipSpine.Web.Assessments;
using HipSpine.Web.Audit;

namespace HipSpine.Web.Plans;

/// <summary>
/// A person's plan for one saved assessment: the stored assessment, the stored start date (null until they
/// start), and the recovery plan the engine builds from the stored result with the current care knowledge.
/// </summary>
public sealed record PlanContext(StoredAssessment Assessment, CarePlan? Row, RecoveryPlan Plan)
{
    /// <summary>The plan week a day falls in (1 = the first seven days from the start date).</summary>
    public int WeekOf(DateOnly day) => Row is null ? 1 : Math.Max(1, ((day.DayNumber - Row.StartDate.DayNumber) / 7) + 1);

    /// <summary>The phase of a plan week: the last one that has begun (calm from week 1, rehabilitation from week 4, ...).</summary>
    public PlannedPhase PhaseOfWeek(int week) =>
        Plan.Phases.LastOrDefault(p => p.Phase.FromWeek <= week) ?? Plan.Phases[0];

    /// <summary>The first day of a phase and the first day after it (null for the open-ended last phase).</summary>
    public (DateOnly Start, DateOnly? End) PhaseDates(DateOnly planStart, int index)
    {
        var start = planStart.AddDays((Plan.Phases[index].Phase.FromWeek - 1) * 7);
        DateOnly? end = index + 1 < Plan.Phases.Count ? planStart.AddDays((Plan.Phases[index + 1].Phase.FromWeek - 1) * 7) : null;
        return (start, end);
    }

    /// <summary>Exercise sessions planned per week in a phase: the most frequent exercise's days a week (3 when none say).</summary>
    public static int SessionsPerWeek(PlannedPhase phase) =>
        Math.Clamp(phase.Exercises.Select(e => e.Dosage.PerWeek ?? 3).DefaultIfEmpty(3).Max(), 1, 7);

    /// <summary>Every exercise of the plan, each once, in phase order.</summary>
    public IReadOnlyList<ExerciseKnowledge> AllExercises =>
        Plan.Phases.SelectMany(p => p.Exercises).DistinctBy(e => e.Id).ToArray();
}

/// <summary>
/// Loads a <see cref="PlanContext"/> for the signed-in owner only; anyone else gets null (shown as 404). The read
/// is recorded in the audit trail as the given resource (the page that shows it: plan, diary, ...).
/// </summary>
public sealed class PlanLoader(HipSpineDbContext db, KnowledgeBase knowledge, AuditTrail audit)
{
    public async Task<PlanContext?> LoadAsync(Guid assessmentId, ClaimsPrincipal user, string resource, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var stored = await AssessmentStore.FindOwnedAsync(db, knowledge, assessmentId, userId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        await audit.ReadAsync(userId!, resource, assessmentId.ToString(), cancellationToken).ConfigureAwait(false);
        var row = await ProgressQueries.PlanAsync(db, assessmentId, userId, cancellationToken).ConfigureAwait(false);
        return new PlanContext(stored, row, RecoveryPlanner.Plan(knowledge, stored.Result, stored.Case));
    }
}

internal static class CareServices
{
    /// <summary>The plan, diary and progress pages' services.</summary>
    public static IServiceCollection AddHipSpineCare(this IServiceCollection services) =>
        services.AddScoped<PlanLoader>().AddScoped<CarriedResult>().AddScoped<Clinician.Sharing>();
}
