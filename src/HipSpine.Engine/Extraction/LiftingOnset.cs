using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain began with lifting (<c>hx.lifting_onset</c>) when a sentence tells of a load lifted or carried and of a
/// beginning: "I was lifting a water can and got a sharp pain", "I picked up a heavy bottle and my back went", "it
/// started after a day of heavy lifting". A lifting word in a sentence that tells of no beginning is a habit or an
/// aggravating factor ("lifting makes it worse", "I lift boxes at work"), and a limb lifted is no load ("lifting my
/// leg"). Not when denied, in the past ("years ago"), possible or someone else's. A dated lift told with no beginning is
/// the onset when the next sentence tells one ("Two days ago I was shifting boxes at work. Next morning my back went"); a
/// lift denied beside another cause denied ("out of nowhere, no injury, no lifting"; "I didn't lift anything or fall")
/// is <c>false</c>.
/// </summary>
internal static class LiftingOnset
{
    private const string Code = "hx.lifting_onset";

    /// <summary>Lifting or carrying told as something done (not "lift" or "carry" as a habit or an ability).</summary>
    private static readonly HashSet<string> LiftingWords = new(StringComparer.Ordinal)
    {
        "lifting", "lifted", "carrying", "carried", "heaved", "heaving", "hauled", "hauling", "lugged", "lugging",
        "shifting", "shifted", "unloading", "unloaded", "deadlifting", "deadlift", "deadlifts",
    };

    /// <summary>
    /// Words that tell the lift hurt the back, beside the beginnings ("I hurt my back lifting", "tweaked it deadlifting",
    /// "lifted a block and strained my back"); kept apart from <see cref="Beginnings"/>, which other readers share.
    /// </summary>
    private static readonly HashSet<string> Hurts = new(StringComparer.Ordinal)
    {
        "hurt", "tweaked", "strained", "injured", "spasm", "spasms",
    };

    /// <summary>Words that date a lift to one day, so that the sentence after it can tell the pain that followed.</summary>
    private static readonly HashSet<string> Dated = new(StringComparer.Ordinal) { "ago", "yesterday" };

    /// <summary>Other causes denied beside a denied lift ("no injury, no lifting, nothing", "didn't lift anything or have a fall").</summary>
    private static readonly HashSet<string> OtherCauses = new(StringComparer.Ordinal)
    {
        "fall", "fell", "injury", "accident", "nowhere", "nothing", "reason", "anything", "trauma",
        // A strain denied beside it is another cause too ("I didn't lift anything or hurt myself", "didn't twist, didn't bend wrong").
        "hurt", "twist", "twisted", "bend", "bent", "strain", "strained", "injure", "injured", "knock", "knocked",
    };

    /// <summary>Words that tell of a beginning in the same sentence ("got a sharp pain", "my back went", "started", "felt a twinge").</summary>
    private static readonly HashSet<string> Beginnings = new(StringComparer.Ordinal)
    {
        "got", "felt", "went", "started", "began", "since", "suddenly", "snap", "snapped", "popped", "twinge", "twinged", "pinged",
        "twanged", "bolt", "jolt", "immediately", "instantly", "straight", "kicked",
    };

    /// <summary>Before the lifting word, these say it was not done ("avoid lifting", "can't lift", "no heavy lifting").</summary>
    private static readonly HashSet<string> NotDone = new(StringComparer.Ordinal)
    {
        "avoid", "avoided", "avoiding", "stop", "stopped", "no", "not", "can't", "cannot", "cant", "couldn't", "couldnt", "without", "from", "any",
    };

    private static readonly HashSet<string> Limbs = new(StringComparer.Ordinal)
    {
        "leg", "legs", "knee", "knees", "foot", "feet", "arm", "arms", "head", "toes",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (mentions.Any(m => m.Code == Code) || vocabulary.FindFinding(Code) is not { } finding)
        {
            return; // the lexicon read it (or its denial) already
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsLifting(tokens, i) || (i > 0 && NotDone.Contains(tokens[i - 1].Lower)) || (i > 1 && NotDone.Contains(tokens[i - 2].Lower))
                || LiftsALimb(tokens, i) || CarryOn(tokens, i) || ToldAsAHabit(tokens, i) || !(TellsOfAHurt(tokens, tokens[i].Sentence) || NextSentenceTellsOfTheBeginning(tokens, i)))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (!frame.OwnAffirmedNow)
            {
                continue;
            }

            var last = tokens[i].Lower is "picked" or "pick" or "picking" ? i + 1 : i;
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[last].End, false, MentionContext.Current, true));
            return;
        }

        AddDenied(tokens, context, finding, mentions);
    }

    /// <summary>
    /// "No lifting" as an item of a list of causes denied ("out of nowhere - no injury, no lifting, nothing"), or "didn't
    /// lift anything" beside another cause ("I didn't lift anything or have a fall"). Advice ("no lifting for six weeks")
    /// and avoidance ("I haven't lifted anything since") name no other cause, or are not told in the simple past.
    /// </summary>
    private static void AddDenied(List<TextToken> tokens, ContextAnnotator context, FindingDefinition finding, List<ExtractedMention> mentions)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var first = DeniedLift(tokens, i);
            if (first < 0 || !OtherCauseDenied(tokens, first, i))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[first].Start, tokens[i].End, true, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The first token of a denied lift ending at i ("no lifting" closing its segment, "didn't lift anything"), or -1.</summary>
    private static int DeniedLift(List<TextToken> tokens, int i)
    {
        var lower = tokens[i].Lower;
        if (lower == "lifting" && tokens[i - 1].Lower == "no" && tokens[i - 1].Segment == tokens[i].Segment
            && (i + 1 >= tokens.Count || tokens[i + 1].Segment != tokens[i].Segment || tokens[i + 1].Lower is "or" or "and"))
        {
            return i - 1;
        }

        if (lower != "anything" || i < 2 || tokens[i - 1].Lower is not ("lift" or "lifted" or "lifting"))
        {
            return -1;
        }

        var before = tokens[i - 2].Lower;
        if (before is "didn't" or "didnt" or "hadn't" or "hadnt")
        {
            return i - 2;
        }

        if (i >= 3 && before == "not" && tokens[i - 3].Lower is "did" or "had")
        {
            return i - 3;
        }

        return SharedDenial(tokens, i);
    }

    /// <summary>
    /// A denial shared over a short list or told in the past progressive: "didn't fall or lift anything" (the "didn't" a few
    /// words back, "or" right before the lift) and "wasn't lifting anything" (the lift at the moment it began denied), or -1.
    /// </summary>
    private static int SharedDenial(List<TextToken> tokens, int i)
    {
        var lift = tokens[i - 1];
        if (lift.Lower == "lifting" && tokens[i - 2].Lower is "wasn't" or "wasnt" or "weren't" or "werent" && tokens[i - 2].Segment == lift.Segment)
        {
            return i - 2;
        }

        if (lift.Lower is not ("lift" or "lifted") || tokens[i - 2].Lower != "or")
        {
            return -1;
        }

        for (var k = i - 3; k >= 0 && k >= i - 5 && tokens[k].Segment == lift.Segment; k--)
        {
            if (tokens[k].Lower is "didn't" or "didnt" or "hadn't" or "hadnt")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the sentence of the denied lift names another cause, and the lift is not "since" something (avoidance).</summary>
    private static bool OtherCauseDenied(List<TextToken> tokens, int first, int last)
    {
        var sentence = tokens[first].Sentence;
        var other = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence || (k >= first && k <= last))
            {
                continue;
            }

            if (k > last && k <= last + 2 && tokens[k].Lower == "since")
            {
                return false;
            }

            other |= OtherCauses.Contains(tokens[k].Lower);
        }

        return other;
    }

    /// <summary>
    /// A load lifted: a lifting word, "pick(ed) up", or "lift" told as a purpose ("bent down to lift a box", "helping lift a
    /// patient"), not as an ability ("I can't lift"); or a bend down or over told as a moment (round 77).
    /// </summary>
    private static bool IsLifting(List<TextToken> tokens, int i)
    {
        var lower = tokens[i].Lower;
        return LiftingWords.Contains(lower)
            || (lower is "picked" or "pick" or "picking" && i + 1 < tokens.Count && tokens[i + 1].Lower == "up")
            || (lower == "lift" && i > 0 && tokens[i - 1].Lower is "to" or "helping" or "helped" or "help")
            || BentDownOrOver.At(tokens, i);
    }

    private static bool TellsOfAHurt(List<TextToken> tokens, int sentence) =>
        tokens.Exists(t => t.Sentence == sentence && (Beginnings.Contains(t.Lower) || Hurts.Contains(t.Lower)));

    /// <summary>
    /// A lift dated to one day ("three weeks ago I was carrying my dog down the stairs") whose own sentence tells of no
    /// beginning, followed by a sentence that tells of a beginning and of a symptom or the back ("I got a sudden pain in my
    /// back"; not "my neighbour got a new car"): the lift and the pain told apart.
    /// A habit ("I do heavy lifting at work") is not dated and stays out.
    /// </summary>
    private static bool NextSentenceTellsOfTheBeginning(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && Dated.Contains(t.Lower)) && TellsOfAHurt(tokens, sentence + 1)
            && tokens.Exists(t => t.Sentence == sentence + 1 && (MentionRules.IsSymptomWord(t.Lower) || t.Lower == "back"));
    }

    private static bool LiftsALimb(List<TextToken> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].Segment == tokens[i].Segment; k++)
        {
            if (Limbs.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make what follows in their clause a habit: "usually my back goes when I lift", "always when I lifted something".</summary>
    private static readonly HashSet<string> HabitWords = new(StringComparer.Ordinal)
    {
        "usually", "always", "normally", "generally", "typically", "whenever",
    };

    /// <summary>
    /// Whether the lift at <paramref name="first"/> is told as what usually happens ("Usually my back only goes when I bend
    /// over to lift something heavy", "it's gone a few times since, always when I lifted something"): a habit word before it
    /// in its clause. A habit tells how earlier episodes began, not this one.
    /// </summary>
    public static bool ToldAsAHabit(List<TextToken> tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 15 && tokens[k].Clause == tokens[first].Clause; k--)
        {
            if (HabitWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Carried on", "carrying on": to go on doing something ("had a little cry and carried on"), no load carried.</summary>
    private static bool CarryOn(List<TextToken> tokens, int i) =>
        tokens[i].Lower is "carried" or "carrying" && i + 1 < tokens.Count && tokens[i + 1].Lower == "on" && tokens[i + 1].Clause == tokens[i].Clause;

    public static bool SentenceTellsOfABeginning(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && Beginnings.Contains(t.Lower));
    }
}
