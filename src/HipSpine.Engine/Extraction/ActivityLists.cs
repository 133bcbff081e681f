using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A list of activities shares its predicate: in "walking, stairs, sitting or standing for long all make it
/// worse", "standing and walking bring it on" and "it is set off by lifting, twisting and bending" every activity in the list is made worse, not only
/// the one next to "worse". The list is read back from "make(s) it worse" / "set(s) it off" / "aggravate(s)" (or
/// forward from "made worse by" / "set off by") within the clause, and stops at a subject, a condition or a
/// negation ("when I sit", "walking doesn't make it worse"), so a list never reaches into another statement.
/// </summary>
internal static class ActivityLists
{
    private const int Reach = 16;

    private static readonly Dictionary<string, string> Activities = new(StringComparer.Ordinal)
    {
        ["walk"] = "pain.worse_walking", ["walks"] = "pain.worse_walking", ["walking"] = "pain.worse_walking",
        ["stand"] = "pain.worse_standing", ["standing"] = "pain.worse_standing",
        ["sit"] = "pain.worse_sitting", ["sitting"] = "pain.worse_sitting",
        ["stairs"] = "pain.worse_stairs_or_rising", ["staircase"] = "pain.worse_stairs_or_rising",
        ["bend"] = "pain.worse_bending_lifting", ["bending"] = "pain.worse_bending_lifting",
        ["lift"] = "pain.worse_bending_lifting", ["lifting"] = "pain.worse_bending_lifting",
        ["coughing"] = "pain.worse_cough_sneeze", ["sneezing"] = "pain.worse_cough_sneeze",
    };

    /// <summary>Words that end the list: a subject, a condition, a negation, a turn or a comparison.</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "it", "it's", "its", "when", "whenever", "if", "while", "no", "not", "don't", "doesn't", "didn't",
        "never", "nothing", "but", "than", "without", "helps", "help", "eases", "better",
    };

    private static readonly HashSet<string> MakeWords = new(StringComparer.Ordinal) { "make", "makes", "made", "making" };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        for (var j = 0; j < tokens.Count; j++)
        {
            if (Predicate(tokens, j) is not (var start, var end, var passive))
            {
                continue;
            }

            // Read back ("walking and stairs make it worse"), or forward after "by" or a pause when nothing came before
            // ("made worse by walking", "anything upright makes it worse - walking, stairs, standing around").
            if (passive || Read(tokens, context, vocabulary, mentions, j, start, end, false) == 0)
            {
                if (passive || (end + 1 < tokens.Count && tokens[end + 1].AfterComma && tokens[end + 1].Clause == tokens[end].Clause))
                {
                    Read(tokens, context, vocabulary, mentions, j, start, end, true);
                }
            }

            j = end;
        }
    }

    private static int Read(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions, int j, int start, int end, bool forward)
    {
        var found = 0;
        var step = forward ? 1 : -1;
        var i = forward ? end + 1 : start - 1;
        for (var n = 0; i >= 0 && i < tokens.Count && n < Reach && tokens[i].Clause == tokens[j].Clause; i += step, n++)
        {
            // "for a while" is a length, not a condition ("standing or sitting for a while makes it worse"), and "more than" an
            // amount, not a comparison ("sitting more than an hour, standing more than 20 minutes ... set it off").
            var amount = Tokenizer.IsNounWhile(tokens, i) || (i > 0 && tokens[i].Lower == "than" && tokens[i - 1].Lower is "more" or "less" or "longer");
            if (Stops.Contains(tokens[i].Lower) && !amount)
            {
                break;
            }

            // Read back from "hurts", a new subject ends the list: "from sitting my lower back hurts" is the back that hurts.
            if (!forward && tokens[j].Lower is "hurt" or "hurts" or "painful" && ListSubject.StartsAt(tokens, i, Activities.ContainsKey))
            {
                break;
            }

            if (!Activities.TryGetValue(tokens[i].Lower, out var code) || vocabulary.FindFinding(code) is not { } finding || LiftsALimb(tokens, i)
                || StairsAsAPlace.At(tokens, i) || (code == "pain.worse_sitting" && RisingFromSitting.At(tokens, i)) || (code == "pain.worse_standing" && StandingUpIsRising.At(tokens, i)))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (!frame.OwnAffirmedNow)
            {
                continue;
            }

            var (first, last) = forward ? (start, i) : (i, end);
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[last].End, false, MentionContext.Current, true));
            found++;
        }

        return found;
    }

    /// <summary>"make(s) it worse", "set(s) it off", "aggravate(s)" at token j (the list comes before it), or "made worse by" / "set off by" (the list comes after).</summary>
    private static (int Start, int End, bool Passive)? Predicate(List<TextToken> tokens, int j)
    {
        var word = tokens[j].Lower;
        if (MakeWords.Contains(word))
        {
            for (var k = j + 1; k <= j + 3 && k < tokens.Count && tokens[k].Clause == tokens[j].Clause; k++)
            {
                if (tokens[k].Lower == "worse")
                {
                    return (j, k, By(tokens, k));
                }
            }
        }
        else if (word is "set" or "sets")
        {
            for (var k = j + 1; k <= j + 2 && k < tokens.Count && tokens[k].Clause == tokens[j].Clause; k++)
            {
                if (tokens[k].Lower == "off")
                {
                    return (j, k, By(tokens, k));
                }
            }
        }
        else if (word is "bring" or "brings" or "brought" && j + 2 < tokens.Count && tokens[j + 1].Lower == "it" && tokens[j + 2].Lower == "on"
            && tokens[j + 2].Clause == tokens[j].Clause)
        {
            return (j, j + 2, false); // "standing and walking bring it on"
        }
        else if (word is "aggravate" or "aggravates" or "aggravated")
        {
            return (j, j, By(tokens, j));
        }
        else if (word is "worst" && j > 0 && tokens[j - 1].Lower is "the" or "is" or "are" && tokens[j - 1].Clause == tokens[j].Clause)
        {
            return (j - 1, j, false); // "standing and walking are the worst"
        }
        else if (word is "worse" && j > 0 && tokens[j - 1].Lower is "is" or "are" && tokens[j - 1].Clause == tokens[j].Clause)
        {
            return (j - 1, j, false); // "standing is worse than sitting"
        }
        else if (word is "hurt" or "hurts" or "painful")
        {
            return (j, j, false); // "sitting, standing and walking all hurt"
        }

        return null;
    }

    /// <summary>"Lifting my right leg" moves a limb; the finding is lifting a load.</summary>
    private static bool LiftsALimb(List<TextToken> tokens, int i)
    {
        if (!tokens[i].Lower.StartsWith("lift", StringComparison.Ordinal))
        {
            return false;
        }

        var k = i + 1;
        while (k < tokens.Count && Lexicon.IsStopWord(tokens[k].Lower))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Lower is "leg" or "legs" or "knee" or "knees" or "foot" or "feet" or "arm" or "arms" or "thigh";
    }

    private static bool By(List<TextToken> tokens, int k) => k + 1 < tokens.Count && tokens[k + 1].Lower == "by" && tokens[k + 1].Clause == tokens[k].Clause;
}
