using HipSpine.Data;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Records;

/// <summary>A clinician's plan adjustment in plain words, for the patient's plan page, the clinician and the report.</summary>
public static class PlanAdjustments
{
    /// <summary>The exercise ids of a stored comma-separated list.</summary>
    public static IReadOnlyList<string> Ids(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string Name(KnowledgeBase knowledge, string exerciseId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Care.Exercises.FirstOrDefault(e => e.Id == exerciseId)?.Name ?? exerciseId;
    }

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
