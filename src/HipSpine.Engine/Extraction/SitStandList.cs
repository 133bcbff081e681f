namespace HipSpine.Engine.Extraction;

/// <summary>
/// The phrase of rising from a seat ("sit to stand", read as sitting then standing) met by two activities of a list ("I can't
/// sit, stand or walk", "worse when I sit or when I stand"): each is an activity on its own, not getting up
/// (<c>pain.worse_stairs_or_rising</c>). The pooled stories that list them with a comma or a second condition leave rising
/// blank; "when I stand up or sit down", "I struggle to stand up, sit down" (a stand with "up") and "sit or stand" without
/// either are still read, as their writers annotate rising.
/// </summary>
internal static class SitStandList
{
    /// <summary>Whether a sit-then-stand match holds a comma or a second condition between its two activities, and no "up".</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var sit = Array.FindIndex(match.Tokens, t => tokens[t].Lower.StartsWith("sit", StringComparison.Ordinal));
        var stand = Array.FindIndex(match.Tokens, t => tokens[t].Lower.StartsWith("stand", StringComparison.Ordinal));
        if (sit < 0 || stand < 0 || match.Tokens[sit] > match.Tokens[stand])
        {
            return false;
        }

        var (from, to) = (match.Tokens[sit], match.Tokens[stand]);
        if (to + 1 < tokens.Count && tokens[to + 1].Lower == "up")
        {
            return false;
        }

        for (var j = from + 1; j <= to; j++)
        {
            if (tokens[j].AfterComma || tokens[j].Lower is "when" or "whenever" or "if" or "while")
            {
                return true;
            }
        }

        return false;
    }
}
