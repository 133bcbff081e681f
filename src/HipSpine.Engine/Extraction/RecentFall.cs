namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fall or a slip dated to the last days is the moment the pain began: "Yesterday I slipped on the ice and landed hard on my
/// bum", "About 2 hours ago I slipped in the bathroom and fell", "Slipped going down the stairs 3 days ago", "she had a fall at
/// home 2 days ago and since then ...". The writers annotate these as a sudden onset more often than they leave it blank;
/// a fall dated months or years back, or with no date, is left alone: it is as often told as a history ("ever since I had a
/// fall a couple of months ago", "I slipped on black ice in January") or a cause of a pain that crept in, and the writers leave
/// those blank. The date must be in the fall's own sentence and at most two weeks back (hours, days, "a/one/two weeks",
/// "yesterday", "today", "tonight", "this morning", "last night", "last week", "just" right before the fall), so a fall told in a
/// story of a pain dated otherwise is not read. Not "a slipped disc", "fell asleep", "fell apart", nor a denied, past, possible
/// or someone else's fall (the caller checks the frame).
/// </summary>
internal static class RecentFall
{
    /// <summary>A fall or a slip told as done ("fell", "slipped", "tripped"); "fall" as a noun only after "a" ("had a fall").</summary>
    private static readonly HashSet<string> Falls = new(StringComparer.Ordinal) { "fell", "slipped", "tripped", "stumbled" };

    /// <summary>Words after the verb that give it another sense ("a slipped disc", "fell asleep", "fell apart", "fell behind").</summary>
    private static readonly HashSet<string> OtherSenses = new(StringComparer.Ordinal)
    {
        "disc", "disk", "discs", "asleep", "apart", "behind", "pregnant", "ill", "sick", "through", "for",
    };

    /// <summary>One word that dates the sentence to the last day or so.</summary>
    private static readonly HashSet<string> Today = new(StringComparer.Ordinal) { "yesterday", "today", "tonight" };

    /// <summary>Units of "N ... ago" short enough for any count ("2 hours ago", "3 days ago", "a few days ago").</summary>
    private static readonly HashSet<string> ShortUnits = new(StringComparer.Ordinal) { "hour", "hours", "hr", "hrs", "day", "days" };

    /// <summary>Counts of weeks up to two ("one week ago", "two weeks ago"), so a fall three weeks back is left alone.</summary>
    private static readonly HashSet<string> FewWeeks = new(StringComparer.Ordinal) { "a", "one", "1", "two", "2" };

    /// <summary>The span of a fall word at <paramref name="i"/> in a sentence dated to the last two weeks, or null.</summary>
    public static (int Start, int End)? Read(List<TextToken> tokens, int i)
    {
        var word = tokens[i].Lower;
        // Round 63: a person who "went down" (WentDown) fell too ("Yesterday my leg gave way and I went down").
        var isFall = Falls.Contains(word) || (word == "fall" && Before(tokens, i, 1) == "a") || WentDown.Read(tokens, i);
        if (!isFall || OtherSenses.Contains(After(tokens, i)) || !DatedRecently(tokens, i))
        {
            return null;
        }

        return (i, i);
    }

    /// <summary>Whether the sentence of token i is dated to the last two weeks (or "just" stands right before the fall).</summary>
    public static bool DatedRecently(List<TextToken> tokens, int i)
    {
        if (Before(tokens, i, 1) == "just")
        {
            return true; // "Just slipped on ice", "I just fell"
        }

        var sentence = tokens[i].Sentence;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var w = tokens[k].Lower;
            if (Today.Contains(w)
                || (w is "morning" or "afternoon" or "evening" && Before(tokens, k, 1) == "this")
                || (w is "night" or "week" && Before(tokens, k, 1) == "last")
                || (w == "ago" && ShortUnits.Contains(Before(tokens, k, 1)))
                || (w == "ago" && Before(tokens, k, 1) is "week" or "weeks" && FewWeeks.Contains(Before(tokens, k, 2))))
            {
                return true;
            }
        }

        return false;
    }

    private static string Before(List<TextToken> tokens, int i, int back) =>
        i - back >= 0 && tokens[i - back].Sentence == tokens[i].Sentence ? tokens[i - back].Lower : "";

    private static string After(List<TextToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence ? tokens[i + 1].Lower : "";
}
