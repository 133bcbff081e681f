namespace HipSpine.Engine.Extraction;

/// <summary>
/// "When I stood up it went", "when I stood up it suddenly got loads worse", "pain that grabbed me when I stood up": rising
/// told in the past beside one event of the pain (it went, got worse, grabbed, shot) is the moment it began or flared, not
/// what makes it worse (<c>pain.worse_stairs_or_rising</c>). "When I stood up my hip was frozen - painful to get up" tells
/// how rising feels and is still read.
/// </summary>
internal static class RisingMoment
{
    /// <summary>Past verbs of one event of the pain.</summary>
    private static readonly HashSet<string> EventVerbs = new(StringComparer.Ordinal)
    {
        "went", "got", "grabbed", "gave", "shot", "seized", "cracked", "snapped", "popped", "twinged", "locked", "started", "began",
    };

    /// <summary>
    /// Whether the condition at <paramref name="condition"/> ("when", "as") and the past "stood" at <paramref name="stood"/>
    /// sit in a sentence with a past event of the pain before the condition or after "stood up".
    /// </summary>
    public static bool Applies(List<TextToken> tokens, int condition, int stood)
    {
        if (tokens[condition].Lower is not ("when" or "as") || tokens[stood].Lower != "stood")
        {
            return false;
        }

        var sentence = tokens[condition].Sentence;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && (k < condition || k > stood + 1) && EventVerbs.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
