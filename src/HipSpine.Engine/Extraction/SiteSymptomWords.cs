namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words that make a sentence speak of a symptom for one body site only (<see cref="LowBackComplaint"/>,
/// <see cref="BothLegsSymptoms"/>). A body site is read only in a sentence that speaks of a symptom
/// (<see cref="MentionRules.SiteIsSpokenOf"/>); these words are not symptoms for other sites, so they widen that test for
/// their own site alone.
/// </summary>
internal static class SiteSymptomWords
{
    /// <summary>
    /// The per-sentence symptom facts for this match: unchanged unless the match is <paramref name="site"/> in a sentence
    /// with no symptom word but a word beginning with one of <paramref name="prefixes"/>, when a copy says that sentence
    /// speaks of a symptom.
    /// </summary>
    public static bool[] Widen(string site, string[] prefixes, string code, PhraseMatch match, List<TextToken> tokens, bool[] sentenceHasSymptom)
    {
        var sentence = tokens[match.FirstToken].Sentence;
        if (code != site || sentenceHasSymptom[sentence]
            || !tokens.Exists(t => t.Sentence == sentence && WordPrefixes.StartsWithAny(t.Lower, prefixes)))
        {
            return sentenceHasSymptom;
        }

        var widened = (bool[])sentenceHasSymptom.Clone();
        widened[sentence] = true;
        return widened;
    }
}
