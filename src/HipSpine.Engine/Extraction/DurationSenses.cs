namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lengths of time that measure something other than the episode, read from the words right before them: how long a
/// relief lasted ("it helps for a day or so", "the exercises helped for about 6 months") and when an earlier state ended
/// ("until this past week I had back pain but no other problems": the week dates the change, not the episode).
/// </summary>
internal static class DurationSenses
{
    /// <summary>Words of relief: "for N" after one of them measures the relief.</summary>
    private static readonly HashSet<string> ReliefWords = new(StringComparer.Ordinal)
    {
        "help", "helps", "helped", "helping", "relief", "relieved", "relieves", "eases", "eased", "works", "worked", "lasts", "lasted", "wears",
    };

    /// <summary>Whether the length at <paramref name="span"/> measures a relief or ends an earlier state, not the episode.</summary>
    public static bool MeasuresSomethingElse(List<TextToken> tokens, TimeSpanMention span)
    {
        var at = span.FirstToken;
        var k = at - 1;
        while (k >= 0 && tokens[k].Segment == tokens[at].Segment && tokens[k].Lower is "about" or "around" or "roughly" or "maybe" or "only" or "just")
        {
            k--;
        }

        if (k >= 1 && tokens[k].Lower == "for" && ReliefWords.Contains(tokens[k - 1].Lower) && tokens[k - 1].Segment == tokens[at].Segment)
        {
            return true; // "it helps for a day or so"
        }

        // "Until this past week", "until two days ago": the end of what came before.
        for (var j = at - 1; j >= 0 && j >= at - 2 && tokens[j].Segment == tokens[at].Segment; j--)
        {
            if (tokens[j].Lower is "until" or "till" or "til")
            {
                return true;
            }
        }

        return false;
    }
}
