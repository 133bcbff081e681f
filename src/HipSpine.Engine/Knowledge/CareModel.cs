using HipSpine.Engine.Care;
using HipSpine.Engine.Conditions;

namespace HipSpine.Engine.Knowledge;

/// <summary>One guideline's position on a treatment.</summary>
public sealed record TreatmentEvidence(string Guideline, string Position, string Strength, string Text, string Reference);

/// <summary>A caution shown when its condition holds for the person (always, when it has none).</summary>
public sealed record TreatmentCaution(Condition? When, string Level, string Text, string Reference);

/// <summary>A treatment option: conventional, alternative or home remedy.</summary>
public sealed record TreatmentKnowledge(
    string Id,
    string Name,
    TreatmentCategory Category,
    string Kind,
    string Summary,
    IReadOnlyList<string> Suits,
    IReadOnlyList<string> Urgencies,
    string Considered,
    bool AfterFailedConservativeCare,
    bool SpecialistOnly,
    IReadOnlyList<TreatmentEvidence> Evidence,
    IReadOnlyList<TreatmentCaution> Cautions);

/// <summary>How much of an exercise to do.</summary>
public sealed record ExerciseDosage(int? Sets, int? Reps, int? HoldSeconds, int? Minutes, int? PerWeek, string Text);

/// <summary>An exercise of the recovery plan.</summary>
public sealed record ExerciseKnowledge(
    string Id,
    string Name,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Suits,
    IReadOnlyList<string> AvoidFor,
    ExerciseDosage Dosage,
    IReadOnlyList<string> Steps,
    string Illustration,
    IReadOnlyList<string> Cautions,
    string Easier,
    string Harder,
    string Reference);

/// <summary>A phase of the recovery plan (<see cref="ToWeek"/> 0 = open-ended).</summary>
public sealed record PlanPhase(string Id, string Title, int FromWeek, int ToWeek, IReadOnlyList<string> Goals, string Reference);

/// <summary>A sentence with its citation (tips, timeline).</summary>
public sealed record CitedText(string Text, string Reference);

/// <summary>The pain-monitoring progression rule.</summary>
public sealed record ProgressionRule(int AcceptablePainDuring, int SafePainDuring, int SessionsToAdvance, int LoadStepPercent, string Reference);

/// <summary>When a plan escalates to "book a review".</summary>
public sealed record EscalationRule(int ReviewWeek, int MinimumImprovementPoints, int MinimumImprovementPercent, int WorseningWindowDays, string Reference);

/// <summary>An outcome measure with its minimal important change and licence.</summary>
public sealed record OutcomeMeasure(string Id, string Name, double MinimalImportantChange, double MinimalImportantPercent, string Licence, string Reference);

/// <summary>The frame of every recovery plan (<c>knowledge/plan.yaml</c>).</summary>
public sealed record PlanFrame(
    IReadOnlyList<PlanPhase> Phases,
    IReadOnlyList<CitedText> Tips,
    IReadOnlyList<CitedText> Timeline,
    ProgressionRule Progression,
    EscalationRule Escalation,
    IReadOnlyList<OutcomeMeasure> Measures);

/// <summary>Treatments, exercises and the plan frame: the knowledge behind options and recovery plans.</summary>
public sealed record CareKnowledge(IReadOnlyList<TreatmentKnowledge> Treatments, IReadOnlyList<ExerciseKnowledge> Exercises, PlanFrame Plan);
