namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Slowly" said of how the person moves or trains ("I was moving really slowly", "hobbling round slowly", "building up
/// slowly"), not of how the pain came on ("it came on slowly").
/// </summary>
internal static class MovingSlowly
{
    /// <summary>Word beginnings of moving about or of training.</summary>
    private static readonly string[] MovePrefixes = ["mov", "walk", "hobbl", "shuffl", "limp", "waddl", "build", "driv", "climb", "stagger", "crawl"];

    /// <summary>Whether a one-word "slowly" follows, within three words of its clause, a verb of moving or training.</summary>
    public static bool SaidOfMoving(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        if (match.Tokens.Length != 1 || tokens[k].Lower != "slowly")
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - 3 && tokens[j].Clause == tokens[k].Clause; j--)
        {
            // "creeping in slowly" and "crept in slowly" are the pain coming on.
            if (tokens[j].Lower is "creeping" or "creep" or "crept" or "creeps")
            {
                return false;
            }

            if (WordPrefixes.StartsWithAny(tokens[j].Lower, MovePrefixes))
            {
                return true;
            }
        }

        return false;
    }
}
