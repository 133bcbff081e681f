using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Web.Clinician;

/// <summary>A clinician's plan adjustments in plain words, for the patient's plan page, the clinician and the report.</summary>
public static class PlanAdjustments
{
    public static Task<PlanAdjustment?> LatestAsync(HipSpineDbContext db, Guid assessmentId, CancellationToken cancellationToken) =>
        ClinicianQueries.LatestAdjustmentAsync(db, assessmentId, cancellationToken);

    public static IReadOnlyList<string> Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Name(KnowledgeBase knowledge, string exerciseId) =>
        knowledge.Care.Exercises.FirstOrDefault(e => e.Id == exerciseId)?.Name ?? exerciseId;

    /// <summary>"added Bridge; dropped Clamshell. Note: ..."</summary>
    public static string Describe(KnowledgeBase knowledge, PlanAdjustment adjustment)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(adjustment);
        var parts = new List<string>();
        if (Ids(adjustment.Added).Count > 0)
        {
            parts.Add("added " + string.Join(", ", Ids(adjustment.Added).Select(i => Name(knowledge, i))));
        }

        if (Ids(adjustment.Dropped).Count > 0)
        {
            parts.Add("dropped " + string.Join(", ", Ids(adjustment.Dropped).Select(i => Name(knowledge, i))));
        }

        var text = parts.Count == 0 ? "no change to the exercises" : string.Join("; ", parts);
        return string.IsNullOrWhiteSpace(adjustment.Note) ? text + "." : text + ". Note: " + adjustment.Note.Trim();
    }
}
