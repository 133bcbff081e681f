using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Records;

/// <summary>
/// The exercises a person is asked to do: the engine's recovery plan for a stored assessment with the clinicians'
/// adjustments that apply to it. The plan page, the clinician's pages, the report and the FHIR and CSV records all
/// ask this one type, so they cannot disagree.
/// </summary>
/// <remarks>
/// An adjustment applies to every version of the assessment it was made on (the first version and the versions
/// clinicians saved after an examination share one plan). Each adjustment stores the clinician's whole choice as
/// exercises added to and dropped from the engine's plan, so it replaces the ones before it: the latest one that
/// applies is the one in force, and applying it to the engine's plan gives the effective plan.
/// </remarks>
public sealed class EffectivePlan
{
    private readonly IReadOnlyList<string> added;
    private readonly HashSet<string> dropped;

    private EffectivePlan(RecoveryPlan plan, PlanAdjustment? adjustment)
    {
        Plan = plan;
        Adjustment = adjustment;
        added = adjustment is null ? [] : PlanAdjustments.Ids(adjustment.Added);
        dropped = adjustment is null ? [] : PlanAdjustments.Ids(adjustment.Dropped).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The engine's plan, before any adjustment.</summary>
    public RecoveryPlan Plan { get; }

    /// <summary>The adjustment in force, or null when no clinician adjusted the plan.</summary>
    public PlanAdjustment? Adjustment { get; }

    /// <summary>The engine's exercises, each once in phase order: what an adjustment is measured against.</summary>
    public IReadOnlyList<string> Planned => Ids(Plan.Phases.SelectMany(p => p.Exercises));

    /// <summary>Every exercise of the adjusted plan: the engine's, less the dropped ones, then the added ones.</summary>
    public IReadOnlyList<string> Exercises => Apply(Planned);

    /// <summary>The exercises of one phase with the adjustment applied (added exercises belong to every phase).</summary>
    public IReadOnlyList<string> ExercisesOf(PlannedPhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return Apply(Ids(phase.Exercises));
    }

    /// <summary>
    /// The effective plan from the engine's plan and candidate adjustments: the latest of those made on one of
    /// <paramref name="versionIds"/> (the assessment's first version and its examined versions) is in force.
    /// </summary>
    public static EffectivePlan Of(RecoveryPlan plan, IEnumerable<PlanAdjustment> adjustments, IReadOnlySet<Guid> versionIds)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(adjustments);
        ArgumentNullException.ThrowIfNull(versionIds);
        var inForce = adjustments
            .Where(a => versionIds.Contains(a.AssessmentId))
            .OrderByDescending(a => a.CreatedUtc)
            .ThenBy(a => a.Id)
            .FirstOrDefault();
        return new EffectivePlan(plan, inForce);
    }

    /// <summary>The ids of every version of the assessment whose first version is <paramref name="rootId"/>, among <paramref name="rows"/>.</summary>
    public static IReadOnlySet<Guid> VersionIds(IEnumerable<SavedAssessment> rows, Guid rootId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ids = rows.Where(r => r.Id == rootId || r.RootId == rootId).Select(r => r.Id).ToHashSet();
        ids.Add(rootId);
        return ids;
    }

    /// <summary>
    /// The engine's plan with the adjustment applied to every phase, as a <see cref="RecoveryPlan"/>: what the plan
    /// page, the diary, progress, the calendar and the report show (added exercises join every phase).
    /// </summary>
    public RecoveryPlan Adjusted(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (Adjustment is null)
        {
            return Plan;
        }

        var byId = knowledge.Care.Exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var phases = Plan.Phases
            .Select(p => p with { Exercises = ExercisesOf(p).Where(byId.ContainsKey).Select(id => byId[id]).ToArray() })
            .ToArray();
        return Plan with { Phases = phases };
    }

    /// <summary>
    /// The effective plan of a stored assessment, reading the adjustments of all its versions. The baseline is
    /// always the engine's plan of the first version (the person's own answers), whichever version is asked for:
    /// an adjustment made on an examined version is measured against the same plan the person follows.
    /// </summary>
    public static async Task<EffectivePlan> LoadAsync(HipSpineDbContext db, KnowledgeBase knowledge, StoredAssessment stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        var rootId = stored.RootId;
        var versions = await db.SavedAssessments.AsNoTracking()
            .Where(a => a.Id == rootId || a.RootId == rootId)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        versions.Add(rootId);
        var adjustments = await db.PlanAdjustments.AsNoTracking().Where(a => versions.Contains(a.AssessmentId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var first = stored;
        if (stored.Row.Id != rootId
            && await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == rootId, cancellationToken).ConfigureAwait(false) is { } rootRow
            && StoredAssessmentCodec.Decode(knowledge, rootRow) is { } decoded)
        {
            first = decoded;
        }

        return Of(RecoveryPlanner.Plan(knowledge, first.Result, first.Case), adjustments, versions.ToHashSet());
    }

    private List<string> Apply(IEnumerable<string> exercises)
    {
        var list = exercises.Where(e => !dropped.Contains(e)).ToList();
        list.AddRange(added.Where(e => !list.Contains(e)).Distinct(StringComparer.Ordinal));
        return list;
    }

    private static string[] Ids(IEnumerable<ExerciseKnowledge> exercises) =>
        exercises.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToArray();
}
