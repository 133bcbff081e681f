using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lying that eases the pain told with its position between ("Lying flat on my back with my legs on pillows helps", "lying still
/// on the floor is the only thing that's ok", "lying down I'm totally fine"): the lexicon's phrases ("lying down helps") hold
/// their words within a window of one or two, and the position pushes the relief word out of it. So "lying", "lie" or "laying"
/// opening its segment, then within twelve words of the same segment a word of relief ("helps", "eases", "relieves", "fine",
/// "ok", "comfortable", ...), with no word of pain or worsening between ("lying on my side hurts", "lying down makes it worse")
/// and no "was" (relief that was: "Lying on my back was the only comfy position but now ..."). A denial, a past time, a worry
/// and someone else's are not read (round 59).
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

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Lying.Contains(tokens[i].Lower) || (i > 0 && tokens[i - 1].Segment == tokens[i].Segment) || ReliefAfter(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(i, end);
            if (!frame.OwnAffirmedNow)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }

    private static int? ReliefAfter(List<TextToken> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 12 && tokens[k].Segment == tokens[i].Segment; k++)
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
}
