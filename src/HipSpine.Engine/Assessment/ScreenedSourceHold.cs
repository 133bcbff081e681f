using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Assessment;

/// <summary>
/// Keeps the ranking from contradicting the urgency it is shown with. When the most urgent
/// fired rules are emergency or urgent and screen for sources, the result tells the person to act now because of
/// those sources; a ranking whose top three holds none of them says the opposite. So the most probable source those
/// rules screen for is held at third place (or higher, where its own probability puts it). Its probability is not
/// changed: the hold is an order, not evidence (no study gives a likelihood ratio for a rule's firing), and only the
/// rules that set the urgency count, so a lesser rule firing beside them does not crowd the top three.
/// </summary>
public static class ScreenedSourceHold
{
    /// <summary>The place (0-based) a screened source is held at when the top three hold none.</summary>
    internal const int HeldAt = 2;

    /// <summary>Reorders <paramref name="ranked"/> (most probable first) in place; no change when no such rule fired.</summary>
    internal static void Apply(SourceResult[] ranked, IReadOnlyList<TriageRule> fired)
    {
        var urgentRank = Urgency.Rank(Urgency.Urgent);
        var mostUrgent = int.MaxValue;
        foreach (var rule in fired)
        {
            if (rule.UrgencyRank <= urgentRank && rule.ScreensFor.Count > 0)
            {
                mostUrgent = Math.Min(mostUrgent, rule.UrgencyRank);
            }
        }

        if (mostUrgent == int.MaxValue || ranked.Length <= HeldAt + 1)
        {
            return;
        }

        var screened = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in fired)
        {
            if (rule.UrgencyRank == mostUrgent)
            {
                screened.UnionWith(rule.ScreensFor);
            }
        }

        for (var i = 0; i < ranked.Length; i++)
        {
            if (!screened.Contains(ranked[i].Id))
            {
                continue;
            }

            if (i > HeldAt)
            {
                var held = ranked[i];
                Array.Copy(ranked, HeldAt, ranked, HeldAt + 1, i - HeldAt);
                ranked[HeldAt] = held;
            }

            return; // the first screened source met is the most probable one
        }
    }

    /// <summary>
    /// Whether the source at <paramref name="index"/> of a ranking stands above a more probable one, which only the hold
    /// does: a page or report showing the ranking says why, or the order would read as a mistake.
    /// </summary>
    public static bool IsHeld(IReadOnlyList<SourceResult> ranked, int index)
    {
        for (var later = index + 1; later < ranked.Count; later++)
        {
            if (ranked[later].Probability > ranked[index].Probability)
            {
                return true;
            }
        }

        return false;
    }
}
