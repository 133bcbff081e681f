namespace HipSpine.Engine.Extraction;

/// <summary>
/// The knee as the end of a thigh pain: "down the back of my thigh to the knee", "my hip and thigh, running down to the
/// knee" ("as far as the knee" is already no knee site). Over the spent stories the writers left the knee blank in four
/// such sentences that were read as the knee and coded it in two, so the knee named as where a thigh pain stops is left
/// out; a pain "down my leg to the knee", "from the hip down to my knee" or "into my knee" names no thigh and still reads
/// the knee.
/// </summary>
internal static class ThighToTheKnee
{
    /// <summary>How far back in the sentence a thigh word may stand before the knee (words).</summary>
    private const int ThighReach = 14;

    /// <summary>Whether the knee word of a site match is the end point of a pain told down the thigh.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Tokens.Length != 1)
        {
            return false;
        }

        var k = match.FirstToken;
        if (tokens[k].Lower is not ("knee" or "knees"))
        {
            return false;
        }

        // The word before the knee, past "my", "the", "both": "to" makes the knee an end point.
        var j = k - 1;
        while (j >= 0 && tokens[j].Lower is "my" or "the" or "both" or "his" or "her")
        {
            j--;
        }

        if (j < 0 || tokens[j].Lower != "to")
        {
            return false;
        }

        // A thigh named earlier in the same sentence, not far back: the knee is where that thigh pain stops.
        for (var m = j - 1; m >= 0 && m >= k - ThighReach && tokens[m].Sentence == tokens[k].Sentence; m--)
        {
            if (tokens[m].Lower is "thigh" or "thighs")
            {
                return true;
            }
        }

        return false;
    }
}
