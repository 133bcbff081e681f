using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain that travels down the leg to the foot is a pain below the knee (<c>where.below_knee</c>, "shin, calf, ankle or foot"):
/// "it shoots down my leg all the way to my foot", "the pain goes from my buttock right down to my heel", "sharp pain down both
/// legs right to my toes", "pain going down my leg and into my foot". The foot is not a lexicon phrase of the finding: alone it is
/// as often numb, cold, swollen or a place to stand on ("on my feet all day", "my foot went white"), so only its path is read:
/// "to", "into" or "towards" the foot, toes, heel or sole, with a word of that path in the clause ("down", "all the way", the
/// leg, a verb of travel). As any body site, its statement must tell of a pain, not only of numbness or pins and needles
/// ("pins and needles down to my toes" is a symptom, not where it hurts), and a denied path ("not usually to my feet") is no site.
/// Not "got to my feet", which has no path word.
/// </summary>
internal static class PainToTheFoot
{
    private const string Code = "where.below_knee";

    /// <summary>Words between the preposition and the foot: whose, which one, or which part of it ("the outer edge of my foot").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "the", "my", "both", "his", "her", "left", "right", "big", "little", "outer", "outside", "edge", "sole", "top", "tips", "tip", "of", "r", "l",
    };

    private static readonly HashSet<string> Feet = new(StringComparer.Ordinal) { "foot", "feet", "toe", "toes", "heel", "heels", "sole", "soles" };

    /// <summary>Word beginnings of numbness or pins and needles.</summary>
    private static readonly string[] NumbPrefixes = ["numb", "tingl", "pins", "needles", "asleep"];

    /// <summary>Word beginnings of a path down the leg.</summary>
    private static readonly string[] PathPrefixes = ["down", "way", "leg", "thigh", "calf", "calves", "shoot", "shot", "goes", "going", "spread", "radiat", "run", "travel", "pull"];

    public static void Add(List<TextToken> tokens, ContextAnnotator context, bool[] sentenceHasSymptom, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        WordPatternFinding.AddFirst(
            Code,
            (t, i) => Read(t, i) is { } last && MentionRules.SiteIsSpokenOf(t, sentenceHasSymptom, last, last) && !SymptomKinds.OnlyANonPainSymptom(t, last) ? last : null,
            tokens, context, vocabulary, mentions);
    }

    /// <summary>The last token (the foot) of a path to the foot whose preposition is at i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("to" or "into" or "towards" or "toward"))
        {
            return null;
        }

        var clause = tokens[i].Clause;
        var k = i + 1;
        while (k < tokens.Count && k <= i + 5 && tokens[k].Clause == clause && Between.Contains(tokens[k].Lower))
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Clause != clause || !Feet.Contains(tokens[k].Lower))
        {
            return null;
        }

        return HasAPath(tokens, i, clause) && !OnlyNumbInItsSegment(tokens, k) ? k : null;
    }

    private static bool HasAPath(List<TextToken> tokens, int i, int clause)
    {
        for (var j = i - 1; j >= 0 && tokens[j].Clause == clause; j--)
        {
            if (WordPrefixes.StartsWithAny(tokens[j].Lower, PathPrefixes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words within the foot's commas name numbness or pins and needles and no pain: "shooting pain down my thigh,
    /// and I get pins and needles into my foot" has its pain in another part of the clause, and the foot only tingles.
    /// </summary>
    private static bool OnlyNumbInItsSegment(List<TextToken> tokens, int foot)
    {
        var segment = tokens.Where(t => t.Segment == tokens[foot].Segment).Select(t => t.Lower).ToList();
        return segment.Exists(w => WordPrefixes.StartsWithAny(w, NumbPrefixes)) && !segment.Exists(SymptomKinds.SaysItHurts);
    }
}
