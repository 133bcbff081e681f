namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words that make a sentence speak of a symptom for one body site only (<see cref="LowBackComplaint"/>,
/// <see cref="BothLegsSymptoms"/>). A body site is read only in a sentence that speaks of a symptom
/// (<see cref="MentionRules.SiteIsSpokenOf"/>); these words are not symptoms for other sites, so they widen that test for
/// their own site alone.
/// </summary>
internal static class SiteSymptomWords
{
    /// <summary>Word beginnings that count as a symptom for one site only, by that site's finding.</summary>
    private static readonly Dictionary<string, string[]> BySite = new(StringComparer.Ordinal)
    {
        ["where.low_back"] = LowBackComplaint.ComplaintPrefixes,
        ["where.both_legs"] = BothLegsSymptoms.NervePrefixes,
    };

    /// <summary>
    /// The per-sentence symptom facts for this match: unchanged unless the match is one of these sites in a sentence with no
    /// symptom word but a word beginning with one of that site's words, when a copy says that sentence speaks of a symptom.
    /// </summary>
    public static bool[] Widen(string code, PhraseMatch match, List<TextToken> tokens, bool[] sentenceHasSymptom)
    {
        var sentence = tokens[match.FirstToken].Sentence;
        if (!BySite.TryGetValue(code, out var prefixes) || sentenceHasSymptom[sentence]
            || !tokens.Exists(t => t.Sentence == sentence && WordPrefixes.StartsWithAny(t.Lower, prefixes)))
        {
            return sentenceHasSymptom;
        }

        var widened = (bool[])sentenceHasSymptom.Clone();
        widened[sentence] = true;
        return widened;
    }
}
