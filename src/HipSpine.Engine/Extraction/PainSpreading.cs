namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain (or a numbness) told to have spread since it began is a course getting worse (<c>episode.worsening</c>): "the pain
/// has spread down into my leg", "now it's spreading round to my groin", "by the Monday it had spread all the way to my ankle",
/// "the pins and needles are spreading up". Only in a perfect or progressive form ("has/had/'s spread", "is/are/keeps
/// spreading", "started spreading"): a plain "it spreads into my buttocks when I walk" tells where a pain goes (a radiation),
/// not a change, and the stemmer makes "spreads" and "spread" one word, so the lexicon cannot hold this. Not in a sentence that
/// names a cancer or an infection ("cancer that has spread to my bones", "it had spread to my pelvis" after a diagnosis), whose
/// spread is the disease's, not the pain's.
/// </summary>
internal static class PainSpreading
{
    /// <summary>Words right before "spread" or "spreading" that make it perfect or progressive.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "it's", "its", "is", "are", "been", "keeps", "kept", "started", "starting", "begun", "began",
    };

    /// <summary>Adverbs that may stand between the auxiliary and "spread" ("has now spread", "has slowly spread").</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "now", "slowly", "gradually", "also", "since", "further", "even", "steadily", "to",
    };

    /// <summary>Words whose spread is a disease's: the sentence is then about the disease, not the pain.</summary>
    private static readonly string[] DiseasePrefixes = ["cancer", "tumour", "tumor", "mets", "metasta", "infect", "carcinoma", "lymphoma", "myeloma"];

    /// <summary>The last token of a spread told at the auxiliary i ("has spread", "it's now spreading"), or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!Auxiliaries.Contains(tokens[i].Lower))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 2 && Adverbs.Contains(tokens[k].Lower) && tokens[k].Clause == tokens[i].Clause)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Clause != tokens[i].Clause || tokens[k].Lower is not ("spread" or "spreading"))
        {
            return null;
        }

        var sentence = tokens[k].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && WordPrefixes.StartsWithAny(t.Lower, DiseasePrefixes)) ? null : k;
    }
}
