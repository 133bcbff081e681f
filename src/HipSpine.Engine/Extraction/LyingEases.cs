using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lying that eases the pain told in words the lexicon's phrases ("lying down helps", within a window of one or two) cannot hold.
/// One reader since round 62, which folded round 60's relief-first reader into round 59's lying-first one (the pool read the same,
/// finding by finding); the first form that matches is read, and a denial, a past time, a worry and someone else's are not.
/// <list type="bullet">
/// <item>Lying first, with its position between (round 59): "Lying flat on my back with my legs on pillows helps", "lying still on
/// the floor is the only thing that's ok", "lying down I'm totally fine". "lying", "lie" or "laying" opening its segment, then
/// within twelve words of the same segment a word of relief ("helps", "eases", "relieves", "fine", "ok", "comfortable", ...), with
/// no word of pain or worsening between ("lying on my side hurts", "lying down makes it worse") and no "was" (relief that was:
/// "Lying on my back was the only comfy position but now ...").</item>
/// <item>Relief first (round 60): "The only way I'm comfy is lying flat", "only lying down is bearable", "The only thing that
/// helps a little is lying on my left side", "it calms down when I lie flat", "goes away when I lie down". "only" and, within ten
/// words of the same sentence, a word of relief and then lying (or lying right after "only" and the relief within four words after
/// it), with no word of pain, worsening, inability, denial or a past time between ("the only thing that hurts is lying", "I can
/// only lie down for a minute"); or a verb of easing ("calms down", "settles", "eases", "goes away") right before "when" or "once"
/// and the lying.</item>
/// </list>
/// </summary>
internal static class LyingEases
{
    private const string Code = "pain.eased_lying_down";

    private static readonly HashSet<string> Lying = new(StringComparer.Ordinal) { "lying", "lie", "laying" };

    private static readonly HashSet<string> Relief = new(StringComparer.Ordinal)
    {
        "helps", "helped", "eases", "eased", "relieves", "relieved", "relief", "comfortable", "comfy", "bearable", "fine", "ok", "okay",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "worse", "hurts", "hurt", "hurting", "pain", "painful", "agony", "sore", "aches", "aching", "can't", "cant", "cannot", "not",
        "no", "never", "doesn't", "doesnt", "isn't", "isnt", "but", "when", "if", "until", "was", "were", "used",
    };

    // The relief-first form's own lists: "lay" as well ("the only way is to lay flat"), no past relief words, and inability
    // ("can", "could") among the stops, since "I can only lie down for a minute" is no relief.
    private static readonly HashSet<string> LyingAfterRelief = new(StringComparer.Ordinal) { "lying", "lie", "laying", "lay" };

    private static readonly HashSet<string> ReliefBeforeLying = new(StringComparer.Ordinal)
    {
        "helps", "eases", "relieves", "relief", "comfortable", "comfy", "comfort", "bearable", "fine", "ok", "okay",
    };

    /// <summary>Verbs of easing told right before "when I lie" ("it calms down when I lie flat", "it goes away when I lie down").</summary>
    private static readonly HashSet<string> Easing = new(StringComparer.Ordinal) { "calms", "settles", "eases", "away", "disappears", "subsides" };

    private static readonly HashSet<string> ReliefFirstStops = new(StringComparer.Ordinal)
    {
        "worse", "hurts", "hurt", "hurting", "pain", "painful", "agony", "sore", "aches", "aching", "can", "can't", "cant", "cannot", "not",
        "no", "never", "doesn't", "doesnt", "isn't", "isnt", "but", "if", "until", "was", "were", "used", "could", "couldn't", "couldnt",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        // Lying first over the whole text, then relief first: the order the two readers ran in before the fold.
        var span = First(tokens, context, LyingFirst) ?? First(tokens, context, ReliefFirst);
        if (span is var (first, last))
        {
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[last].End, false, MentionContext.Current, true));
        }
    }

    /// <summary>The first span the form reads at a lying word that is the person's own, affirmed and now; or null.</summary>
    private static (int, int)? First(List<TextToken> tokens, ContextAnnotator context, Func<List<TextToken>, int, (int, int)?> form)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (form(tokens, i) is var (first, last) && context.Frame(first, last).OwnAffirmedNow)
            {
                return (first, last);
            }
        }

        return null;
    }

    /// <summary>Lying opening its segment at i and a relief word after it in the segment; the span, or null.</summary>
    private static (int, int)? LyingFirst(List<TextToken> tokens, int i) =>
        Lying.Contains(tokens[i].Lower) && (i == 0 || tokens[i - 1].Segment != tokens[i].Segment) && ReliefAfter(tokens, i) is { } end
            ? (i, end)
            : null;

    private static int? ReliefAfter(List<TextToken> tokens, int i) =>
        FirstReliefWithin(tokens, i, 12, sameSentence: false, Stops, Relief);

    /// <summary>
    /// The first relief word within <paramref name="window"/> words after the lying at i, staying in its segment (or its
    /// sentence), with no stop word before it; its index, or null. Both readings share this scan, each with its own
    /// window, scope and word lists.
    /// </summary>
    private static int? FirstReliefWithin(
        List<TextToken> tokens, int i, int window, bool sameSentence, IReadOnlySet<string> stops, IReadOnlySet<string> reliefs)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + window; k++)
        {
            if (sameSentence ? tokens[k].Sentence != tokens[i].Sentence : tokens[k].Segment != tokens[i].Segment)
            {
                return null;
            }

            if (stops.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (reliefs.Contains(tokens[k].Lower))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Lying at i told after "only" and a relief word, or after a verb of easing and "when"; the span, or null.</summary>
    private static (int, int)? ReliefFirst(List<TextToken> tokens, int i) =>
        LyingAfterRelief.Contains(tokens[i].Lower) ? OnlyBefore(tokens, i) ?? EasingBefore(tokens, i) : null;

    /// <summary>"only" and a relief word before the lying at i (or just after it), with no stop word from "only" on; the span, or null.</summary>
    private static (int, int)? OnlyBefore(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        int? relief = null;
        for (var k = i - 1; k >= 0 && k >= i - 10 && tokens[k].Sentence == sentence; k--)
        {
            var w = tokens[k].Lower;
            if (ReliefFirstStops.Contains(w))
            {
                return null;
            }

            if (ReliefBeforeLying.Contains(w))
            {
                relief ??= k;
            }

            if (w == "only")
            {
                return relief is not null ? (k, i) : ReliefSoonAfter(tokens, i) is { } after ? (k, after) : null;
            }
        }

        return null;
    }

    /// <summary>A relief word within four words after the lying at i ("only lying down is bearable"), with no stop word between.</summary>
    private static int? ReliefSoonAfter(List<TextToken> tokens, int i) =>
        FirstReliefWithin(tokens, i, 4, sameSentence: true, ReliefFirstStops, ReliefBeforeLying);

    /// <summary>A verb of easing, "when" or "once", and the lying at i ("calms down when I lie", "goes away once I'm lying"); the span, or null.</summary>
    private static (int, int)? EasingBefore(List<TextToken> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Lower is "i" or "i'm" or "im")
        {
            k--;
        }

        if (k < 1 || tokens[k].Lower is not ("when" or "once" or "whenever") || tokens[k].Segment != tokens[i].Segment)
        {
            return null;
        }

        var verb = tokens[k - 1].Lower == "down" && k >= 2 ? k - 2 : k - 1;
        return Easing.Contains(tokens[verb].Lower) && tokens[verb].Segment == tokens[i].Segment
            && (tokens[verb].Lower != "away" || (verb > 0 && tokens[verb - 1].Lower is "goes" or "go"))
            ? (verb, i)
            : null;
    }
}
