using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Low down" placed beside the back names the low back: "I've had a backache for months, low down", "pain in my back,
/// lower down", "a deep pain very low down my spine". The words of the back and of the place are apart (often across a
/// comma), so no phrase reads them. Not when another place comes between ("my back and a pain low down in my belly"), nor
/// the side of the back ("the right side of my back, low down by the ribs" is the flank), nor the upper or middle back.
/// </summary>
internal static class BackLowDown
{
    private const string Code = "where.low_back";

    private static readonly HashSet<string> BackWords = new(StringComparer.Ordinal) { "back", "back's", "backache", "backaches", "spine" };

    /// <summary>Places that, between the back and "low down", make "low down" theirs.</summary>
    private static readonly HashSet<string> OtherPlaces = new(StringComparer.Ordinal)
    {
        "belly", "tummy", "stomach", "abdomen", "pelvis", "side", "sides", "hip", "hips", "buttock", "buttocks", "bum", "leg", "legs",
        "groin", "ribs", "rib", "neck", "shoulder", "shoulders", "chest", "knee",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("low" or "lower") || tokens[i + 1].Lower != "down" || tokens[i + 1].Sentence != tokens[i].Sentence)
            {
                continue;
            }

            var back = BackBefore(tokens, i) ?? BackAfter(tokens, i + 1);
            if (back is not { } b)
            {
                continue;
            }

            var frame = context.Frame(b, b);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            var (first, last) = (Math.Min(b, i), Math.Max(b, i + 1));
            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[last].End, false, frame.Historical ? MentionContext.Historical : MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The back word up to eight words before "low", in its sentence, with no other place between.</summary>
    private static int? BackBefore(List<TextToken> tokens, int low)
    {
        for (var k = low - 1; k >= 0 && k >= low - 8 && tokens[k].Sentence == tokens[low].Sentence; k--)
        {
            if (OtherPlaces.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (BackWords.Contains(tokens[k].Lower))
            {
                return IsThatPart(tokens, k) ? k : null;
            }
        }

        return null;
    }

    /// <summary>"low down my spine", "low down in my back": the back word within three words after "down", in its clause.</summary>
    private static int? BackAfter(List<TextToken> tokens, int down)
    {
        for (var k = down + 1; k < tokens.Count && k <= down + 3 && tokens[k].Clause == tokens[down].Clause; k++)
        {
            if (BackWords.Contains(tokens[k].Lower))
            {
                return IsThatPart(tokens, k) ? k : null;
            }

            if (tokens[k].Lower is not ("my" or "the" or "in" or "on" or "of"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Not the upper or middle back, nor the side of the back; "back" as the body part (my back, back pain).</summary>
    private static bool IsThatPart(List<TextToken> tokens, int k)
    {
        var before = k > 0 ? tokens[k - 1].Lower : "";
        if (before is "upper" or "mid" or "middle" or "top" || (k > 2 && tokens[k - 2].Lower == "of" && tokens[k - 3].Lower is "side" or "sides" or "middle" or "top"))
        {
            return false;
        }

        var after = k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence ? tokens[k + 1].Lower : "";
        return tokens[k].Lower != "back" || before is "my" or "the" or "his" or "her" or "a" || after is "pain" or "ache" or "started" or "hurts" or "hurting" or "has" or "is";
    }
}
