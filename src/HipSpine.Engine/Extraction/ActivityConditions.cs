using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain tied to an activity by a condition is made worse by it: "I get pain in my buttocks when I walk", "it hurts
/// while I'm standing", "it comes on after about 15 minutes of walking". The activity counts when a condition word
/// ("when", "after", "while", "if", "during") comes just before it (only small words and amounts between), and the
/// statement speaks of a symptom; not when an easing word sits beside it ("better when I sit", "eases if I walk",
/// those are what eases it), nor when the statement is about the past, a possibility or someone else. A negation
/// ("it doesn't hurt when I walk") makes it false.
/// </summary>
internal static class ActivityConditions
{
    private const int Gap = 5;

    private static readonly Dictionary<string, string> Activities = new(StringComparer.Ordinal)
    {
        ["walk"] = "pain.worse_walking", ["walks"] = "pain.worse_walking", ["walking"] = "pain.worse_walking", ["walked"] = "pain.worse_walking",
        ["stand"] = "pain.worse_standing", ["standing"] = "pain.worse_standing", ["stood"] = "pain.worse_standing",
        ["sit"] = "pain.worse_sitting", ["sitting"] = "pain.worse_sitting",
        ["bend"] = "pain.worse_bending_lifting", ["bending"] = "pain.worse_bending_lifting",
        ["lift"] = "pain.worse_bending_lifting", ["lifting"] = "pain.worse_bending_lifting",
        ["stairs"] = "pain.worse_stairs_or_rising", ["climb"] = "pain.worse_stairs_or_rising", ["climbing"] = "pain.worse_stairs_or_rising",
    };

    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal)
    {
        "when", "whenever", "after", "while", "whilst", "if", "during",
    };

    /// <summary>Words that may stand between the condition and the activity ("after about 15 minutes of walking", "when I try to stand").</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i've", "ive", "been", "do", "go", "going", "try", "trying", "to", "about", "around", "for", "a", "an", "the", "few",
        "couple", "minutes", "minute", "mins", "min", "hours", "hour", "of", "more", "than", "too", "long", "much", "bit", "lot", "little",
        "some", "up", "down", "start", "first", "any", "distance", "short", "just", "been", "have", "had", "to",
    };

    /// <summary>Words that say what eases the pain: beside the activity they make it a relief, not a cause.</summary>
    private static readonly HashSet<string> Easing = new(StringComparer.Ordinal)
    {
        "better", "help", "helps", "helped", "ease", "eases", "eased", "easier", "relieve", "relieves", "relieved", "relief", "settles",
        "settle", "fine", "ok", "okay", "improves", "improve", "disappears",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, bool[] sentenceHasSymptom, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var code = Activities.GetValueOrDefault(tokens[i].Lower) is { } activity ? RisingNotStanding(tokens, i, activity) : null;
            if (code is null || Condition(tokens, i) is not { } condition
                || !sentenceHasSymptom[tokens[i].Sentence] || EasedBeside(tokens, condition, i) || LiftsALimb(tokens, i)
                || WhenOfAnotherSymptom(tokens, context, condition) || RisingMoment.Applies(tokens, condition, i)
                || NonPainAggravation.OnlyANonPainSymptomBroughtOn(tokens, i) || (code == "pain.worse_sitting" && RisingFromSitting.At(tokens, i))
                || vocabulary.FindFinding(code) is not { } finding)
            {
                continue;
            }

            if (mentions.Any(m => m.Code == code && m.Start <= tokens[i].Start && m.End >= tokens[i].End))
            {
                continue; // a lexicon phrase already read these words ("doesn't hurt when I walk")
            }

            var frame = context.Frame(condition, i);
            if (frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            var first = frame.Negated ? Math.Min(frame.NegationFirst, condition) : condition;
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(!frame.Negated), tokens[first].Start, tokens[i].End, frame.Negated, MentionContext.Current, true));
        }
    }

    /// <summary>Activities after which "if" states a habit ("if I sit for long I get an ache"), not a possibility.</summary>
    private static readonly HashSet<string> HabitActivities = new(StringComparer.Ordinal)
    {
        "sit", "sitting", "stand", "standing", "stood", "walk", "walking", "bend", "bending", "lift", "lifting", "climb", "climbing",
        "cough", "coughing", "sneeze", "sneezing", "drive", "driving", "run", "running", "lie", "lying", "twist", "twisting", "overdo",
    };

    /// <summary>
    /// Whether the "if" at token k opens a habit: "if I sit", "if I'm standing a long time", "if I try to bend". A condition
    /// the pain follows is no possibility; "if I have a fever" or "if it's a disc" still is, and so is one that eases
    /// it (left to the easing phrases).
    /// </summary>
    public static bool IfOfHabit(List<TextToken> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + 4 && tokens[j].Clause == tokens[k].Clause; j++)
        {
            var lower = tokens[j].Lower;
            if (HabitActivities.Contains(lower))
            {
                return !EasedBeside(tokens, k, j); // "if I bend over or sit down it goes off" is what eases it
            }

            if (lower is not ("i" or "i'm" or "im" or "try" or "trying" or "to" or "do" or "have" or "been" or "ever"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "When I stand up (from sitting)" is rising from a seat, not standing for a while ("when I stand up for long", "while I'm
    /// standing up" still are):
    /// the finding for rising is the one for stairs and getting up.
    /// </summary>
    private static string RisingNotStanding(List<TextToken> tokens, int i, string code) =>
        tokens[i].Lower is "stand" or "stood" && i + 1 < tokens.Count && tokens[i + 1].Lower == "up" && tokens[i + 1].Segment == tokens[i].Segment
        && (i + 2 >= tokens.Count || tokens[i + 2].Lower is not ("for" or "long" or "all"))
            ? "pain.worse_stairs_or_rising"
            : code;

    /// <summary>The condition word just before the activity at i, within its segment, or null.</summary>
    private static int? Condition(List<TextToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - Gap && tokens[k].Segment == tokens[i].Segment; k--)
        {
            var lower = tokens[k].Lower;
            if ((Conditions.Contains(lower) && !Tokenizer.IsNounWhile(tokens, k)) || EveryTime(tokens, k))
            {
                return k;
            }

            // "if I sit or stand for long": the condition reaches every activity of a short list.
            var listed = Activities.ContainsKey(lower) || lower is "or" or "and";
            if (!listed && !Fillers.Contains(lower) && !char.IsDigit(lower[0]) && !NumberWords.TryRead(tokens, k, out _, out _))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "A sharp pain every time I walk", "each time I bend" (round 63): a time that recurs with the activity is a "whenever"; over
    /// the spent stories "every time I walk" is annotated worse walking in all 6 stories (4 unread before).
    /// </summary>
    private static bool EveryTime(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "everytime" || (tokens[k].Lower is "time" && k > 0 && tokens[k - 1].Lower is "every" or "each" && tokens[k - 1].Segment == tokens[k].Segment);

    /// <summary>"Better when I sit", "walking helps": an easing word just before the condition or just after the activity.</summary>
    private static bool EasedBeside(List<TextToken> tokens, int condition, int activity)
    {
        for (var k = Math.Max(0, condition - 3); k < condition; k++)
        {
            if (Easing.Contains(tokens[k].Lower) && tokens[k].Clause == tokens[condition].Clause)
            {
                return true;
            }
        }

        for (var k = activity + 1; k < tokens.Count && k <= activity + 2 && tokens[k].Clause == tokens[activity].Clause; k++)
        {
            if (Easing.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        // "If I bend over or sit down it goes off": the condition's own main clause says it eases.
        for (var k = activity + 1; k + 1 < tokens.Count && tokens[k].Segment == tokens[activity].Segment; k++)
        {
            if (tokens[k].Lower is "it" or "it's" or "the" && (Easing.Contains(tokens[k + 1].Lower) || (k + 2 < tokens.Count && Easing.Contains(tokens[k + 2].Lower) && tokens[k + 2].Lower != "goes") || (tokens[k + 1].Lower == "goes" && k + 2 < tokens.Count && tokens[k + 2].Lower is "off" or "away")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs and adjectives of symptoms other than pain that a condition can tell the time of ("my toes catch when I walk").</summary>
    private static readonly HashSet<string> OtherSymptoms = new(StringComparer.Ordinal)
    {
        "catch", "catches", "drag", "drags", "slap", "slaps", "trip", "trips", "scuff", "scuffs", "buckle", "buckles", "out", "way",
        "numb", "tingle", "tingles", "tingly", "weak", "wobbly", "unsteady", "heavy", "tired", "dead",
    };

    /// <summary>
    /// "The foot slaps down and my toes catch when I walk", "my legs give out after walking": the condition tells when that
    /// symptom comes, not that the activity hurts. Only when its statement, up to the condition, has no word of pain ("both
    /// legs hurt and feel heavy when I walk" still does).
    /// </summary>
    private static bool WhenOfAnotherSymptom(List<TextToken> tokens, ContextAnnotator context, int condition)
    {
        if (condition == 0 || !OtherSymptoms.Contains(tokens[condition - 1].Lower) || tokens[condition - 1].Clause != tokens[condition].Clause)
        {
            return false;
        }

        var (from, _) = context.Statement(condition - 1, condition - 1);
        for (var k = from; k < condition; k++)
        {
            if (SymptomKinds.SaysItHurts(tokens[k].Lower))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Lifting my leg" moves a limb; the finding is lifting a load.</summary>
    private static bool LiftsALimb(List<TextToken> tokens, int i) =>
        tokens[i].Lower.StartsWith("lift", StringComparison.Ordinal) && i + 2 < tokens.Count
        && (tokens[i + 1].Lower is "leg" or "legs" or "knee" or "knees" or "foot" || tokens[i + 2].Lower is "leg" or "legs" or "knee" or "knees" or "foot");
}
