using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A walking distance told as an amount that stops the person: "after walking about 300 metres my calves hurt", "I can't
/// walk more than about 100 feet before I have to sit down", "after about 10 blocks the pain starts", "when I walk two
/// blocks my legs cramp". The amount and its unit are too varied for lexicon phrases. A distance walked with no limit in its
/// sentence ("I walk three miles a day") is a habit, and one in the past ("I used to walk 4 km a day") is no limit now.
/// </summary>
internal static class WalkingDistance
{
    private const string Code = "func.walking_distance_reduced";

    /// <summary>Units of a distance walked. "Foot" is left out (a body part); "blocks" is a walk even unnamed.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "yard", "yards", "yds", "metre", "metres", "meter", "meters", "block", "blocks", "mile", "miles", "km", "kms", "kilometre",
        "kilometres", "kilometer", "kilometers", "feet", "ft",
    };

    /// <summary>Words that make the distance a limit: it comes before or after the symptom, or is as far as the person can go.</summary>
    private static readonly HashSet<string> LimitWords = new(StringComparer.Ordinal)
    {
        "after", "before", "than", "only", "barely", "hardly", "can't", "cant", "cannot", "couldn't", "couldnt", "under", "stop", "stops",
        "stopping", "until", "till",
    };

    /// <summary>Words of an amount before the unit when it is not a number ("a block", "half a mile", "a few hundred yards").</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.Ordinal) { "a", "half", "few", "couple", "hundred", "thousand" };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, bool[] sentenceHasSymptom, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (!(Units.Contains(tokens[i].Lower) || MinutesOfWalking(tokens, i)) || AmountBefore(tokens, i) is not { } first
                || !LimitsWalking(tokens, sentenceHasSymptom, i))
            {
                continue;
            }

            var frame = context.Frame(first, i);
            if (frame.Negated || frame.Historical || frame.Hypothetical || frame.OtherPerson || frame.FirstDegreeRelative)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[i].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>
    /// Minutes of walking told as the amount that stops the walk (round 64): "after about 10 mins walking my leg goes numb",
    /// "after 20-30 minutes of walking my legs cramp up". All 7 such sentences over the spent stories are annotated a shorter
    /// walking distance, 5 of them unread. Only with "walking" right after the minutes (or after "of"): "I walk for 30 minutes
    /// a day" is a habit, "a short 15 min walk always made it better" a walk had, "after 10 minutes sitting" no walk; the limit
    /// word is checked as for a distance.
    /// </summary>
    private static bool MinutesOfWalking(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("minute" or "minutes" or "min" or "mins"))
        {
            return false;
        }

        var k = i + 1 < tokens.Count && tokens[i + 1].Lower == "of" ? i + 2 : i + 1;
        return k < tokens.Count && tokens[k].Segment == tokens[i].Segment && tokens[k].Lower == "walking";
    }

    /// <summary>The first token of the amount right before the unit at i (a number or an amount word, up to three words), or null.</summary>
    private static int? AmountBefore(List<TextToken> tokens, int unit)
    {
        int? first = null;
        for (var k = unit - 1; k >= 0 && k >= unit - 3 && tokens[k].Segment == tokens[unit].Segment; k--)
        {
            var lower = tokens[k].Lower;
            if (char.IsDigit(lower[0]) || AmountWords.Contains(lower) || NumberWords.TryRead(tokens, k, out _, out _))
            {
                first = k;
            }
            else
            {
                break;
            }
        }

        return first;
    }

    /// <summary>Whether the unit's sentence speaks of walking (or the unit is blocks) and makes the distance a limit.</summary>
    private static bool LimitsWalking(List<TextToken> tokens, bool[] sentenceHasSymptom, int unit)
    {
        var sentence = tokens[unit].Sentence;
        var (walking, limit, when, running) = (false, false, false, false);
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            walking |= t.Lower.StartsWith("walk", StringComparison.Ordinal);
            running |= t.Lower.StartsWith("jog", StringComparison.Ordinal) || t.Lower.StartsWith("run", StringComparison.Ordinal);
            limit |= LimitWords.Contains(t.Lower);
            when |= t.Lower is "when" or "whenever";
        }

        // Blocks are a walk even unnamed ("after about 10 blocks the pain starts"), unless the sentence tells of a run or a jog.
        walking |= tokens[unit].Lower.StartsWith("block", StringComparison.Ordinal) && !running;

        // "When I walk about two blocks my calves start cramping": a distance as the condition of a symptom is a limit, too.
        return walking && (limit || (when && sentenceHasSymptom[sentence]));
    }
}
