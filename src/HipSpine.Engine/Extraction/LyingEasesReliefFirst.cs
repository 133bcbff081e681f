using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lying that eases the pain told with the relief first (round 60, after round 59's <see cref="LyingEases"/>, which reads the
/// lying first): "The only way I'm comfy is lying flat", "only lying down is bearable", "The only thing that helps a little is
/// lying on my left side", "it calms down when I lie flat", "goes away when I lie down". Two forms: "only" and, within ten words
/// of the same sentence, a word of relief and then lying (or lying right after "only" and the relief within four words after it),
/// with no word of pain, worsening, inability, denial or a past time between ("the only thing that hurts is lying", "I can only lie
/// down for a minute"); or a verb of easing ("calms down", "settles", "eases", "goes away") right before "when" or "once" and the
/// lying. A denial, a past time, a worry and someone else's are not read.
/// </summary>
internal static class LyingEasesReliefFirst
{
    private const string Code = "pain.eased_lying_down";

    private static readonly HashSet<string> Lying = new(StringComparer.Ordinal) { "lying", "lie", "laying", "lay" };

    private static readonly HashSet<string> Relief = new(StringComparer.Ordinal)
    {
        "helps", "eases", "relieves", "relief", "comfortable", "comfy", "comfort", "bearable", "fine", "ok", "okay",
    };

    /// <summary>Verbs of easing told right before "when I lie" ("it calms down when I lie flat", "it goes away when I lie down").</summary>
    private static readonly HashSet<string> Easing = new(StringComparer.Ordinal) { "calms", "settles", "eases", "away", "disappears", "subsides" };

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
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

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Lying.Contains(tokens[i].Lower) || (OnlyBefore(tokens, i) ?? EasingBefore(tokens, i)) is not { } span)
            {
                continue;
            }

            var (first, last) = span;
            if (!context.Frame(first, last).OwnAffirmedNow)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[last].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>"only" and a relief word before the lying at i (or just after it), with no stop word from "only" on; the span, or null.</summary>
    private static (int, int)? OnlyBefore(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        int? relief = null;
        for (var k = i - 1; k >= 0 && k >= i - 10 && tokens[k].Sentence == sentence; k--)
        {
            var w = tokens[k].Lower;
            if (Stops.Contains(w))
            {
                return null;
            }

            if (Relief.Contains(w))
            {
                relief ??= k;
            }

            if (w == "only")
            {
                return relief is not null ? (k, i) : ReliefAfter(tokens, i) is { } after ? (k, after) : null;
            }
        }

        return null;
    }

    /// <summary>A relief word within four words after the lying at i ("only lying down is bearable"), with no stop word between.</summary>
    private static int? ReliefAfter(List<TextToken> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Sentence == tokens[i].Sentence; k++)
        {
            if (Stops.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (Relief.Contains(tokens[k].Lower))
            {
                return k;
            }
        }

        return null;
    }

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
