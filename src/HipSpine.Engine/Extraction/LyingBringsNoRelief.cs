using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lying that brings no relief, told as a rule of English (round 76), read as "no" to <c>pain.eased_lying_down</c>:
/// <list type="bullet">
/// <item>"Even" right before the lying, then "down", "flat" or "in" ("even lying down is a struggle", "I can't even lie flat", "even
/// lying in bed it aches"): "even" says the pain is there where lying is expected to ease it. The word as typed: the stemmer folds
/// "evening" onto "even", and "in the evening I lie down to take the pressure off" is relief. Not "even when I'm lying still", and not
/// when a word of relief follows in the segment ("even lying down helps a little").</item>
/// <item>A pain made worse or brought on by lying, the words next to each other in one segment: "worse when I lie down", "it hurts
/// when I lie flat", "it hurts lying down", "hurts to lie flat". Adjacent only, since the pool tells "makes it worse, when I lie down
/// or rest it goes" (relief after a comma) and "gets worse until I finally lie down" (lying that ends it).</item>
/// </list>
/// A negation leaves it "no" ("I can't even lie down" is no relief either). Not past, possible or someone else's, and never over a
/// reading of the finding already made (the lexicon's and <see cref="LyingEases"/>'s relief come first).
/// </summary>
internal static class LyingBringsNoRelief
{
    private const string Code = "pain.eased_lying_down";

    private static readonly HashSet<string> Lying = new(StringComparer.Ordinal) { "lying", "lie", "laying", "lay" };

    /// <summary>What follows the lying after "even": lying itself, not a posture on one side or a length ("even lie on my side").</summary>
    private static readonly HashSet<string> LyingHow = new(StringComparer.Ordinal) { "down", "flat", "in" };

    private static readonly HashSet<string> Relief = new(StringComparer.Ordinal)
    {
        "helps", "helped", "eases", "eased", "relieves", "relief", "better", "fine", "ok", "okay", "easier",
    };

    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal) { "worse", "hurts", "hurt", "painful", "sore" };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if ((EvenLying(tokens, i) ?? PainOnLying(tokens, i)) is not var (first, last))
            {
                continue;
            }

            var frame = context.Frame(first, last);
            if (!frame.Historical && !frame.Hypothetical && !frame.AboutSomeoneElse)
            {
                mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[first].Start, tokens[last].End, false, MentionContext.Current, true));
                return;
            }
        }
    }

    /// <summary>"even" at i, the lying and "down", "flat" or "in" after it, no relief later in the segment; the span, or null.</summary>
    private static (int, int)? EvenLying(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "even" || !InSegment(tokens, i, 2) || !Lying.Contains(tokens[i + 1].Lower) || !LyingHow.Contains(tokens[i + 2].Lower))
        {
            return null;
        }

        for (var k = i + 3; k < tokens.Count && tokens[k].Segment == tokens[i].Segment; k++)
        {
            if (Relief.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        return (i, i + 2);
    }

    /// <summary>
    /// A pain word at i and, right after it, "when I", "if I", "to" or nothing, then the lying and "down" or "flat" ("worse when I
    /// lie down", "hurts to lie flat", "hurts lying down"); the span, or null.
    /// </summary>
    private static (int, int)? PainOnLying(List<TextToken> tokens, int i)
    {
        if (!PainWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        var k = i + 1;
        if (k < tokens.Count && tokens[k].Lower is "when" or "whenever" or "if")
        {
            k = k + 1 < tokens.Count && tokens[k + 1].Lower is "i" or "i'm" or "im" ? k + 2 : -1;
        }
        else if (k < tokens.Count && tokens[k].Lower == "to")
        {
            k++;
        }

        return k > i && k + 1 < tokens.Count && InSegment(tokens, i, k + 1 - i) && Lying.Contains(tokens[k].Lower)
            && tokens[k + 1].Lower is "down" or "flat"
            ? (i, k + 1)
            : null;
    }

    /// <summary>Whether the <paramref name="count"/> tokens after i exist and stay in i's segment.</summary>
    private static bool InSegment(List<TextToken> tokens, int i, int count) =>
        i + count < tokens.Count && tokens[i + count].Segment == tokens[i].Segment;
}
