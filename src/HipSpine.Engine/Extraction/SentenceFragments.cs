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
}
