using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain began with lifting (<c>hx.lifting_onset</c>) when a sentence tells of a load lifted or carried and of a
/// beginning: "I was lifting a water can and got a sharp pain", "I picked up a heavy bottle and my back went", "it
/// started after a day of heavy lifting". A lifting word in a sentence that tells of no beginning is a habit or an
/// aggravating factor ("lifting makes it worse", "I lift boxes at work"), and a limb lifted is no load ("lifting my
/// leg"). Not when denied, in the past ("years ago"), possible or someone else's.
/// </summary>
internal static class LiftingOnset
{
    private const string Code = "hx.lifting_onset";

    /// <summary>Lifting or carrying told as something done (not "lift" or "carry" as a habit or an ability).</summary>
    private static readonly HashSet<string> LiftingWords = new(StringComparer.Ordinal)
    {
        "lifting", "lifted", "carrying", "carried", "heaved", "heaving", "hauled", "hauling", "lugged", "lugging",
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
        "avoid", "avoided", "avoiding", "stop", "stopped", "no", "not", "can't", "cannot", "without", "from", "any",
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
                || LiftsALimb(tokens, i) || !SentenceTellsOfABeginning(tokens, i))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (frame.Negated || frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            var last = tokens[i].Lower == "picked" ? i + 1 : i;
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[last].End, false, MentionContext.Current, true));
            return;
        }
    }

    private static bool IsLifting(List<TextToken> tokens, int i) =>
        LiftingWords.Contains(tokens[i].Lower) || (tokens[i].Lower == "picked" && i + 1 < tokens.Count && tokens[i + 1].Lower == "up");

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

    public static bool SentenceTellsOfABeginning(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && Beginnings.Contains(t.Lower));
    }
}
