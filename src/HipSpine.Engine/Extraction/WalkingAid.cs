namespace HipSpine.Engine.Extraction;

/// <summary>
/// Getting about with a walking aid is difficulty walking (<c>func.difficulty_walking_standing</c>): "I use a cane now",
/// "been using a walking stick for months", "I now depend on a rolling walker", "we had to use a wheelchair to get her
/// about". The lexicon cannot hold these: "cane" stems to "can", "walker" is also a keen walker, and "stick" alone is
/// anything. So the aid counts only after a word of using or needing it in its clause ("use", "using", "need", "depend on",
/// "with", "on"), never when someone suggests it or it is a fear for later ("my son wants me to use a walker", "I don't
/// want to end up in a wheelchair"), nor someone else's aid ("pushing my husband's wheelchair" has no using word).
/// </summary>
internal static class WalkingAid
{
    private static readonly HashSet<string> Aids = new(StringComparer.Ordinal)
    {
        "cane", "canes", "wheelchair", "walker", "rollator", "zimmer",
    };

    private static readonly HashSet<string> UsingWords = new(StringComparer.Ordinal)
    {
        "use", "uses", "using", "need", "needs", "needed", "needing", "depend", "depends", "rely", "relies", "relying", "with", "on",
    };

    /// <summary>Words that make the aid a suggestion or a fear rather than what the person uses.</summary>
    private static readonly HashSet<string> NotYetWords = new(StringComparer.Ordinal)
    {
        "want", "wants", "wanted", "suggest", "suggests", "suggested", "recommend", "recommended", "talking", "talk", "might", "may",
        "end", "avoid", "prevent", "scared", "afraid", "worried", "worry", "pushing", "push",
    };

    /// <summary>The last token of "use/need/with ... a cane (walker, wheelchair, walking stick)" starting at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!UsingWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            var word = tokens[k].Lower;
            var aid = Aids.Contains(word) || (word is "stick" or "sticks" && tokens[k - 1].Lower == "walking");
            if (aid)
            {
                return ClauseSaysNotYet(tokens, i) ? null : k;
            }
        }

        return null;
    }

    /// <summary>Whether a mention ending at <paramref name="end"/> ends on an aid word: its time measures the aid (<see cref="ActivityLength"/>).</summary>
    public static bool EndsOnAnAid(List<TextToken> tokens, int end) =>
        tokens.Exists(t => t.End == end && (Aids.Contains(t.Lower) || t.Lower is "stick" or "sticks"));

    private static bool ClauseSaysNotYet(List<TextToken> tokens, int at)
    {
        for (var k = at; k >= 0 && tokens[k].Clause == tokens[at].Clause; k--)
        {
            if (NotYetWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
