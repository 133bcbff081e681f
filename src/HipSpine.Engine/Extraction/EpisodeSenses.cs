namespace HipSpine.Engine.Extraction;

/// <summary>
/// Words of an earlier episode said of something else: "never happened before" after a toilet accident is the history of that
/// accident, not of the pain; "it has flared up" once, in the last week or months, is the pain getting worse now, not a pain
/// that comes back ("it flares up every month", "it has flared up a few times" still are).
/// </summary>
internal static class EpisodeSenses
{
    /// <summary>Words that make a flare one of many ("flares up every month", "has flared up a few times since", "again").</summary>
    private static readonly HashSet<string> Repeated = new(StringComparer.Ordinal)
    {
        "every", "each", "times", "again", "whenever", "often", "regularly", "occasionally", "sometimes", "keeps", "keep", "now", "then",
        "off", "few", "several", "twice", "usually", "always",
    };

    /// <summary>
    /// "This last week it has flared up with a vengeance", "the last 4 months it's flared right up": one flare told in the
    /// perfect tense ("has", "'s", "have" just before it) with no word of repetition in its clause.
    /// </summary>
    public static bool OneFlareNow(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (!tokens[first].Lower.StartsWith("flared", StringComparison.Ordinal) || first == 0
            || tokens[first - 1].Lower is not ("has" or "have" or "it's" or "its"))
        {
            return false;
        }

        var clause = tokens[first].Clause;
        return !tokens.Exists(t => t.Clause == clause && Repeated.Contains(t.Lower));
    }

    /// <summary>
    /// "I didn't make it to the toilet in time, never happened before", "urgent need to pee, never had that before": an
    /// earlier time denied in a sentence about the bladder or the bowels is that symptom's history, not the pain's.
    /// </summary>
    public static bool BeforeOfAContinenceSymptom(List<TextToken> tokens, PhraseMatch match)
    {
        if (!Array.Exists(match.Tokens, k => tokens[k].Lower == "before"))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && WordSenses.IsAContinenceWord(t.Lower));
    }
}
