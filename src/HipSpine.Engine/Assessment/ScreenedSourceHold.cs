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
/// A rule that screens for a serious cause and a common one (bilateral leg weakness: cauda equina, infection, cancer and
/// sciatica; a hot swollen joint: septic and inflammatory arthritis) is urgent because of the serious cause, so the
/// common source in the top three does not answer it: the most probable serious source it screens for is held third
/// too. A held source takes the place of a top-three source the rules do not screen for (never of one they do), a
/// common one before a serious one.
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

        HoldFirst(ranked, screened, _ => true);
        HoldFirst(ranked, screened, s => SourceGroups.Serious.Contains(s.Group));
    }

    /// <summary>
    /// The top-three place a held source takes: the least probable source there that the rules do not screen for and
    /// that is not itself serious (a serious cause the answers put in the top three is not hidden by the hold either),
    /// else the least probable the rules do not screen for; -1 when the rules screen for all three.
    /// </summary>
    private static int Yielding(SourceResult[] ranked, HashSet<string> screened)
    {
        var fallback = -1;
        for (var j = HeldAt; j >= 0; j--)
        {
            if (screened.Contains(ranked[j].Id))
            {
                continue;
            }

            if (!SourceGroups.Serious.Contains(ranked[j].Group))
            {
                return j;
            }

            fallback = fallback < 0 ? j : fallback;
        }

        return fallback;
    }

    /// <summary>
    /// Holds the most probable screened source that <paramref name="counts"/> at third place when none of them is in
    /// the top three, taking the place of the top-three source that <see cref="Yielding"/> names; the sources it passes
    /// keep their order. No change when every top-three source is screened.
    /// </summary>
    private static void HoldFirst(SourceResult[] ranked, HashSet<string> screened, Func<SourceResult, bool> counts)
    {
        for (var i = 0; i < ranked.Length; i++)
        {
            if (!screened.Contains(ranked[i].Id) || !counts(ranked[i]))
            {
                continue;
            }

            if (i <= HeldAt)
            {
                return; // already in the top three
            }

            var yields = Yielding(ranked, screened);
            if (yields < 0)
            {
                return;
            }

            // The yielding source leaves the top three; those after it move up, the held source comes third and
            // the yielding one fourth, then the rest in their order.
            var held = ranked[i];
            var yielding = ranked[yields];
            Array.Copy(ranked, yields + 1, ranked, yields, HeldAt - yields);
            Array.Copy(ranked, HeldAt + 1, ranked, HeldAt + 2, i - HeldAt - 1);
            ranked[HeldAt] = held;
            ranked[HeldAt + 1] = yielding;
            return; // the first source met is the most probable one
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
