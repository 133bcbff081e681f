using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// An activity that brings on numbness, tingling or weakness and no pain ("when I sit cross legged my leg goes tingly",
/// "my foot is numb and weak and slaps down when I walk") is not pain made worse by it (<c>pain.worse_*</c>); the numbness
/// and weakness are read by their own findings. A sentence with a word of pain, or of a pain spreading, is still read.
/// Round 61: dizziness or faintness on rising ("when I stand up I go all woozy", "when I stand up everything goes black, I get
/// dizzy") is the same: the pooled stories that tell it leave rising blank.
/// </summary>
internal static class NonPainAggravation
{
    private static readonly string[] NonPainPrefixes = ["numb", "tingl", "weak", "prickl", "dizz", "wooz", "faint", "lighthead", "giddy"];

    /// <summary>Whether the match's sentence names a numbness, tingling, weakness or dizziness and nothing that hurts.</summary>
    public static bool OnlyANonPainSymptomBroughtOn(List<TextToken> tokens, PhraseMatch match) =>
        OnlyANonPainSymptomBroughtOn(tokens, match.FirstToken);

    /// <summary>Whether the sentence of the activity at token at names a numbness, tingling or weakness and nothing that hurts.</summary>
    public static bool OnlyANonPainSymptomBroughtOn(List<TextToken> tokens, int at)
    {
        var sentence = tokens[at].Sentence;
        var nonPain = false;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            if (SymptomKinds.SaysItHurts(t.Lower) || t.Lower.StartsWith("spread", StringComparison.Ordinal) || t.Lower is "worse" or "worst")
            {
                return false;
            }

            nonPain |= StartsWithAny(t.Lower, NonPainPrefixes);
        }

        return nonPain;
    }
}
