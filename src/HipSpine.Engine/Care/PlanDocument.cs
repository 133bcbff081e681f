using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Care;

/// <summary>The JSON form of a recovery plan (<c>hipspine plan</c>, the web API): plain data, camelCase.</summary>
public static class PlanDocument
{
    public sealed record Option(string Id, string Name, TreatmentCategory Category, string Kind, TreatmentStatus Status, string Summary, string Considered,
        IReadOnlyList<TreatmentEvidence> Evidence, IReadOnlyList<AppliedCaution> Cautions);

    public sealed record Exercise(string Id, string Name, ExerciseDosage Dosage, IReadOnlyList<string> Steps, string Illustration,
        IReadOnlyList<string> Cautions, string Easier, string Harder, string Reference);

    public sealed record Phase(string Id, string Title, int FromWeek, int ToWeek, IReadOnlyList<string> Goals, string Reference, IReadOnlyList<Exercise> Exercises);

    public sealed record Document(string? Id, string Urgency, bool StartAfterBeingSeen, IReadOnlyList<string> FocusSources,
        IReadOnlyList<Option> Options, IReadOnlyList<Phase> Phases, IReadOnlyList<CitedText> Tips, IReadOnlyList<CitedText> Timeline, string KnowledgeVersion);

    public static Document From(RecoveryPlan plan, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new Document(
            id,
            plan.Urgency,
            plan.StartAfterBeingSeen,
            plan.FocusSources,
            plan.Options.Select(o => new Option(o.Treatment.Id, o.Treatment.Name, o.Treatment.Category, o.Treatment.Kind, o.Status,
                o.Treatment.Summary, o.Treatment.Considered, o.Treatment.Evidence, o.Cautions)).ToArray(),
            plan.Phases.Select(p => new Phase(p.Phase.Id, p.Phase.Title, p.Phase.FromWeek, p.Phase.ToWeek, p.Phase.Goals, p.Phase.Reference,
                p.Exercises.Select(e => new Exercise(e.Id, e.Name, e.Dosage, e.Steps, e.Illustration, e.Cautions, e.Easier, e.Harder, e.Reference)).ToArray())).ToArray(),
            plan.Tips,
            plan.Timeline,
            plan.KnowledgeVersion);
    }

    public static string Serialize(RecoveryPlan plan, string? id = null) => JsonSerializer.Serialize(From(plan, id), HipSpineJson.Options);
}
