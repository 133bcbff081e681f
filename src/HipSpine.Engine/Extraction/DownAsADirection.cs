namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Down" that goes somewhere is a direction, not a low mood (<c>psych.low_mood</c>): "a tingly feeling down my leg", "a
/// pulling feeling down into my leg", "pins and needles feeling down the back of my leg" tell where a sensation runs, and "get
/// down a mountain", "can barely get any food down" are a descent and swallowing. "I feel down all the time" and "it's getting
/// me down" are still a low mood.
/// </summary>
internal static class DownAsADirection
{
    /// <summary>Words after "down" that make it a path: a preposition, a determiner or a body part.</summary>
    private static readonly HashSet<string> PathWords = new(StringComparer.Ordinal)
    {
        "into", "to", "towards", "toward", "through", "the", "my", "his", "her", "your", "their", "a", "an", "both", "each", "one", "either",
        "left", "right", "leg", "legs", "thigh", "calf", "shin", "foot", "arm", "arms", "stairs", "steps", "hill", "mountain", "slope",
    };

    /// <summary>Whether the "down" of a low-mood match is a direction, a descent or something swallowed.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var down = Array.FindIndex(match.Tokens, k => tokens[k].Lower == "down");
        if (down < 0)
        {
            return false;
        }

        var d = match.Tokens[down];
        if (d + 1 < tokens.Count && tokens[d + 1].Clause == tokens[d].Clause && PathWords.Contains(tokens[d + 1].Lower))
        {
            return true;
        }

        // "get any food down", "get down a mountain": a "get" whose object is not the person ("getting me down" is the mood).
        return Array.Exists(match.Tokens, k => tokens[k].Lower is "get" or "gets" or "getting" or "got")
            && d > 0 && tokens[d - 1].Lower is not ("me" or "us" or "him" or "her" or "you" or "them");
    }
}
