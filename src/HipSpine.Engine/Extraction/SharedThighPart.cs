using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The back of the thigh named with another side of it, or with words between "of" and "thigh" that the lexicon's phrases
/// do not hold: "the back and outside of my left thigh", "down the back and the outside of my thigh", "the backs of both
/// thighs". The two parts share "of my thigh" as "the middle and lower part of my back" share "back"
/// (<see cref="SharedBackPart"/>); the other side is read by its own phrase ("outside of my thigh").
/// <para>Round 76: the back of the leg as well ("down the back of my leg into the calf", "the backs of both legs"): a pain told down
/// the back of the leg passes the back of the thigh, and the writers annotate it so (27 pooled stories missed, 6 left blank). Read by
/// this pattern and not by a lexicon phrase, whose stop words would leave "back ... leg" and read "my back and leg". Not the back
/// of the lower leg, which is the calf.</para>
/// </summary>
internal static class SharedThighPart
{
    private const string Code = "where.back_of_thigh";

    /// <summary>The other sides of a thigh that may be joined to its back by "and".</summary>
    private static readonly HashSet<string> Sides = new(StringComparer.Ordinal)
    {
        "outside", "front", "side", "inside", "outer", "inner",
    };

    /// <summary>Words that may stand between "of" and "thigh": whose, which one, or where along it.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "my", "the", "both", "his", "her", "their", "left", "right", "upper", "lower", "r", "l",
    };

    /// <summary>
    /// Adds the back of the thigh where it is spoken of as a place that hurts, with the checks a lexicon body site gets: not
    /// a place that is only numb or tingles ("numb and tingly down the back of my thigh" is a symptom, not where it hurts).
    /// </summary>
    public static void Add(List<TextToken> tokens, ContextAnnotator context, bool[] sentenceHasSymptom, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        WordPatternFinding.AddFirst(
            Code,
            (t, i) => Read(t, i) is { } last && MentionRules.SiteIsSpokenOf(t, sentenceHasSymptom, i, last) && !SymptomKinds.OnlyANonPainSymptom(t, i) ? last : null,
            tokens, context, vocabulary, mentions);
        PainToTheFoot.Add(tokens, context, sentenceHasSymptom, vocabulary, mentions); // the leg again, below the knee: a path "down to my foot"
    }

    /// <summary>The last token ("thigh", "leg") of "back(s) [and (the) side] of [my/both/left ...] thigh(s) or leg(s)" starting at i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("back" or "backs"))
        {
            return null;
        }

        var k = i + 1;
        if (k + 1 < tokens.Count && tokens[k].Lower is "and" or "&")
        {
            k++;
            if (k < tokens.Count && tokens[k].Lower == "the")
            {
                k++;
            }

            if (k >= tokens.Count || !Sides.Contains(tokens[k].Lower))
            {
                return null;
            }

            k++;
        }

        if (k >= tokens.Count || tokens[k].Lower != "of")
        {
            return null;
        }

        k++;
        var words = 0;
        var lower = false;
        while (k < tokens.Count && words < 3 && Determiners.Contains(tokens[k].Lower))
        {
            lower |= tokens[k].Lower == "lower";
            k++;
            words++;
        }

        return k < tokens.Count && tokens[k].Clause == tokens[i].Clause
            && (tokens[k].Lower is "thigh" or "thighs" || (!lower && tokens[k].Lower is "leg" or "legs"))
            ? k
            : null;
    }
}
