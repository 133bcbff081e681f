using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Care;

/// <summary>One phase of a person's plan with the exercises chosen for it.</summary>
public sealed record PlannedPhase(PlanPhase Phase, IReadOnlyList<ExerciseKnowledge> Exercises);

/// <summary>A person's recovery plan: options, phases with exercises, tips and the expected timeline.</summary>
public sealed record RecoveryPlan(
    string Urgency,
    bool StartAfterBeingSeen,
    IReadOnlyList<string> FocusSources,
    IReadOnlyList<TreatmentOption> Options,
    IReadOnlyList<PlannedPhase> Phases,
    IReadOnlyList<CitedText> Tips,
    IReadOnlyList<CitedText> Timeline,
    string KnowledgeVersion);

/// <summary>
/// Builds the recovery plan from a result: exercises chosen for the likely sources (hip work only where the
/// picture points to the hip, per the facts sheet's evidence caution), never ones marked to avoid for them.
/// </summary>
public static class RecoveryPlanner
{
    public const int ExercisesPerPhase = 6;

    public static RecoveryPlan Plan(KnowledgeBase knowledge, AssessmentResult result, AssessmentCase subject)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(result);
        var focus = TreatmentAdvisor.FocusSources(knowledge, result);
        var phases = knowledge.Care.Plan.Phases
            .Select(p => new PlannedPhase(p, ChooseExercises(knowledge, p.Id, focus)))
            .ToArray();
        return new RecoveryPlan(
            result.Urgency,
            Urgency.Rank(result.Urgency) <= Urgency.Rank(Urgency.Urgent),
            focus,
            TreatmentAdvisor.Options(knowledge, result, subject),
            phases,
            knowledge.Care.Plan.Tips,
            knowledge.Care.Plan.Timeline,
            knowledge.Version);
    }

    public static IReadOnlyList<ExerciseKnowledge> ChooseExercises(KnowledgeBase knowledge, string phase, IReadOnlyList<string> focus)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(focus);
        return knowledge.Care.Exercises
            .Where(e => e.Phases.Contains(phase) && !e.AvoidFor.Any(focus.Contains))
            .Where(e => e.Suits.Count == 0 || e.Suits.Any(focus.Contains))
            .OrderByDescending(e => e.Suits.Count(focus.Contains))
            .ThenBy(e => e.Suits.Count == 0 ? 1 : 0)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(ExercisesPerPhase)
            .ToArray();
    }
}
