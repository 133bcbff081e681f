namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Feeling low" and "feeling down" are a low mood (<c>psych.low_mood</c>) only when the "low" or "down" tells how the person
/// feels (round 57). They are a sensation and where it is when the "low" or "down" places it ("a weird hot feeling low in my
/// back", "I feel it low down in my tummy", "lost feeling down that side", "lost all feeling from the waist down"): the pool's
/// four such readings were all left blank by their writers. <see cref="DownAsADirection"/> already takes "down" before a body
/// part or a path; this takes the rest: the feeling word and "low"/"down" apart (words other than intensifiers between), a
/// place word right after "low"/"down", or "feeling" as a noun that was lost. "I feel down all the time", "feeling pretty low
/// about it all", "feeling really down and hopeless" are still a low mood.
/// </summary>
internal static class FeelingAsASensation
{
    /// <summary>Words that may stand between "feeling" and "low" in a mood ("feeling pretty low", "feel so down").</summary>
    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "so", "really", "pretty", "very", "quite", "a", "bit", "little", "rather", "kind", "of", "kinda", "sort", "sorta", "totally",
        "super", "extremely", "too", "abit", "more", "and", "lot", "bloody", "incredibly", "utterly",
    };

    /// <summary>Words right after "low" or "down" that place a sensation ("low in my back", "down the side", "low down").</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "in", "down", "side", "across", "around", "round", "near", "behind", "under", "back",
    };

    /// <summary>Words before a noun "feeling" that was lost or is a sensation ("lost feeling", "all feeling", "no feeling").</summary>
    private static readonly HashSet<string> LostFeeling = new(StringComparer.Ordinal)
    {
        "lost", "losing", "lose", "all", "no", "any", "hot", "cold", "weird", "strange", "funny", "odd", "burning", "tingly", "tingling",
    };

    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var feel = Array.FindIndex(match.Tokens, k => tokens[k].Lower is "feel" or "feeling" or "feels" or "felt");
        var low = Array.FindIndex(match.Tokens, k => tokens[k].Lower is "low" or "down");
        if (feel < 0 || low < 0)
        {
            return false;
        }

        int f = match.Tokens[feel], l = match.Tokens[low];
        if (l < f)
        {
            return true; // "feeling from the waist down" matched out of order: a boundary, not a mood
        }

        for (var k = f + 1; k < l; k++)
        {
            if (!Intensifiers.Contains(tokens[k].Lower))
            {
                return true; // "I feel it low down in my tummy": the feeling has an object
            }
        }

        if (f > 0 && tokens[f - 1].Clause == tokens[f].Clause && LostFeeling.Contains(tokens[f - 1].Lower))
        {
            return true;
        }

        return l + 1 < tokens.Count && tokens[l + 1].Clause == tokens[l].Clause && PlaceWords.Contains(tokens[l + 1].Lower)
            && !(tokens[l + 1].Lower == "in" && l + 2 < tokens.Count && (tokens[l + 2].Lower is "mood" or "myself" or "spirits"
                || (tokens[l + 2].Lower == "the" && l + 3 < tokens.Count && tokens[l + 3].Lower == "dumps")));
    }
}
