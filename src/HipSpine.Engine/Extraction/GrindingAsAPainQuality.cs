namespace HipSpine.Engine.Extraction;

/// <summary>
/// "A grinding ache", "a grinding kind of pain": "grinding" before a word of pain says what the pain is like (as "a gnawing ache"
/// or "a dull ache" do), not that the hip grinds (<c>pain.clicking_locking_catching</c>, round 67). The writers leave the finding
/// blank in both pooled stories that tell it (held-back 16 SH_008, 46 TW_016). A joint felt grinding ("my hip grinds", "a
/// grinding feeling in my hip", "bone grinding on bone") is read as before.
/// </summary>
internal static class GrindingAsAPainQuality
{
    private static readonly HashSet<string> PainNouns = new(StringComparer.Ordinal) { "ache", "aches", "aching", "pain", "pains" };

    /// <summary>True when the one-word "grinding" match is followed by a word of pain, directly or after "kind of" / "sort of".</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        if (match.Tokens.Length != 1 || tokens[k].Lower != "grinding")
        {
            return false;
        }

        var sentence = tokens[k].Sentence;
        var next = SentenceWords.At(tokens, k + 1, sentence);
        if (next is "kind" or "sort" && SentenceWords.At(tokens, k + 2, sentence) == "of")
        {
            next = SentenceWords.At(tokens, k + 3, sentence);
        }

        return PainNouns.Contains(next);
    }
}
