namespace HipSpine.Engine.Extraction;

/// <summary>
/// Short sentences with no subject and no verb ("Low back mainly.", "Right hip.") that carry on the sentence before them:
/// people answer "where" in a fragment after telling of the pain.
/// </summary>
internal static class SentenceFragments
{
    /// <summary>Words that make a short sentence a statement of its own (a subject, a verb or a denial), not a fragment.</summary>
    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "it", "it's", "its", "is", "are", "was", "were", "has", "have", "had", "be", "been", "do", "does", "did", "can", "can't",
        "no", "not", "never", "fine", "ok", "okay", "he", "she", "they", "we", "you", "thanks", "thank", "help", "please",
    };

    /// <summary>
    /// "My back has been going downhill. Low back mainly.": a sentence of up to four words with no subject, verb or denial
    /// continues the one before it (it says where), so it speaks of the symptom that sentence spoke of.
    /// </summary>
    public static bool IsAFragment(List<TextToken> tokens, int sentence)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            if (++words > 4 || StatementWords.Contains(t.Lower) || char.IsDigit(t.Lower[0]))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>
    /// "Right hip.", "66M, right hip.", "My left hip.", "Left hip again." (round 63): a sentence of up to five words that holds a side
    /// ("right", "left") and no subject, verb or denial (an age may stand in it, unlike a fragment) names the place the story is
    /// about, before or after the pain is told; the writers annotate the place in all 6 such spent stories (none read before, as the
    /// heading has no symptom word of its own and often opens the story). It speaks of a symptom when its story does.
    /// </summary>
    public static void MarkHeadings(List<TextToken> tokens, bool[] symptom)
    {
        if (Array.IndexOf(symptom, true) < 0)
        {
            return; // a story with no symptom: its headings speak of none
        }

        for (var s = 0; s < symptom.Length; s++)
        {
            symptom[s] |= IsAHeading(tokens, s);
        }
    }

    /// <summary>Whether the sentence is a heading: up to five words, a side, no subject, verb or denial.</summary>
    private static bool IsAHeading(List<TextToken> tokens, int sentence)
    {
        var (words, side) = (0, false);
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            side |= t.Lower is "right" or "left";
            if (++words > 5 || StatementWords.Contains(t.Lower))
            {
                return false;
            }
        }

        return side;
    }
}
