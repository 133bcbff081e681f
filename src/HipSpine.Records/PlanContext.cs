using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Records;

/// <summary>
/// A person's plan for one saved assessment: the stored assessment, the stored start date (null until they
/// start), and the effective plan: the engine's recovery plan with the clinician's adjustment in force applied
/// (<see cref="EffectivePlan"/>), so every page and file built from a context shows the same exercises.
/// </summary>
public sealed record PlanContext(StoredAssessment Assessment, CarePlan? Row, RecoveryPlan Plan, PlanAdjustment? Adjustment = null)
{
    /// <summary>The context of a stored assessment with its effective plan (adjustments of all its versions applied).</summary>
    public static async Task<PlanContext> LoadAsync(HipSpineDbContext db, KnowledgeBase knowledge, StoredAssessment stored, CarePlan? row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var effective = await EffectivePlan.LoadAsync(db, knowledge, stored, cancellationToken).ConfigureAwait(false);
        return new PlanContext(stored, row, effective.Adjusted(knowledge), effective.Adjustment);
    }

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
    public static int SessionsPerWeek(PlannedPhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return Math.Clamp(phase.Exercises.Select(e => e.Dosage.PerWeek ?? 3).DefaultIfEmpty(3).Max(), 1, 7);
    }

    /// <summary>Every exercise of the plan, each once, in phase order.</summary>
    public IReadOnlyList<ExerciseKnowledge> AllExercises =>
        Plan.Phases.SelectMany(p => p.Exercises).DistinctBy(e => e.Id).ToArray();
}
