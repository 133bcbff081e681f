namespace HipSpine.Engine.Extraction;

/// <summary>
/// The side of the pain (<c>pain.side</c>: the side of hip, buttock, groin or leg pain): "right hip", "on the left side",
/// "both hips". Not "right" as an intensifier ("a sharp pain right in my groin"), not a side denied ("it doesn't go
/// down either leg", "nothing goes down either leg"), and not the side of the trunk alone ("pain in my
/// left side, round the flank", "the right side of my back"): that is where the flank or the back hurts, not a side of
/// the hip or the leg.
/// </summary>
internal static class SideOfPain
{
    /// <summary>Places of the hip, buttock, groin and leg, whose side is the side of the pain.</summary>
    private static readonly HashSet<string> LimbWords = new(StringComparer.Ordinal)
    {
        "hip", "groin", "leg", "buttock", "bum", "butt", "bottom", "glute", "thigh", "knee", "calf", "foot", "feet", "ankle",
        "shin", "sciatic", "sciatica", "hamstr", "hamstring", "cheek", "si", "sacroiliac", "pelvis", "pelvic", "hindquarter",
    };

    /// <summary>Places of the trunk: a side next to one of these is the side of the back or the flank.</summary>
    private static readonly HashSet<string> TrunkWords = new(StringComparer.Ordinal)
    {
        "side", "sid", "back", "lower", "flank", "lumbar", "spine", "spin", "loin", "rib", "belly", "tummy", "stomach", "abdomen", "waist", "kidney",
    };

    /// <summary>Words after "right" that make it an intensifier ("right in my groin", "right through my hips", "right now").</summary>
    private static readonly HashSet<string> IntensifiedWords = new(StringComparer.Ordinal)
    {
        "in", "into", "inside", "through", "throughout", "down", "up", "at", "across", "along", "now", "away", "there", "here",
        "over", "under", "underneath", "round", "around", "behind", "between", "by", "from", "off", "out", "on", "onto", "next",
        "where", "when", "after", "before", "below", "above", "beside", "against", "until", "till", "to", "deep",
    };

    /// <summary>Words before "right" that keep it a side even before such a word ("on the right at L4", "my right into ...").</summary>
    private static readonly HashSet<string> SideDeterminers = new(StringComparer.Ordinal)
    {
        "the", "my", "his", "her", "their", "your", "a", "lower", "upper", "and", "or", "both",
    };

    public static SideMention? Read(List<TextToken> tokens, ContextAnnotator context)
    {
        SideMention? first = null, trunkFirst = null;
        bool left = false, right = false, both = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            BodySide? side = word switch
            {
                "right" or "rt" => BodySide.Right,
                "left" or "lt" => BodySide.Left,
                "both" or "bilateral" or "either" => BodySide.Both,
                _ => null,
            };
            if (side is null || IsAnIntensifier(tokens, i) || PlaceNamed(tokens, i) is not { } limb
                || Denied(tokens, context, i) || NumbOrWeakOnBothSides(tokens, i, side.Value))
            {
                continue;
            }

            if (!limb && SentenceNamesOnlyTheTrunk(tokens, i))
            {
                // The trunk's side is read only when no side of the hip or leg is (round 72, TrunkSide).
                if (side is not BodySide.Both && TrunkSide.IsTheSideOfThePain(tokens, i))
                {
                    trunkFirst ??= new SideMention(side.Value, tokens[i].Start, tokens[i].End);
                }

                continue;
            }

            left |= side is BodySide.Left;
            right |= side is BodySide.Right;
            both |= side is BodySide.Both;
            first ??= new SideMention(side.Value, tokens[i].Start, tokens[i].End);
        }

        // "my right pelvis ... groin pain on both sides": a side named as both is both, whichever came first.
        return (left && right || both) && first is not null ? first with { Side = BodySide.Both } : first ?? trunkFirst;
    }

    /// <summary>
    /// "Both legs have gone numb", "both my feet feel weak" (round 64): "both" in a statement that tells only of numbness,
    /// weakness, tingling or swelling, with no word of pain in its clause, is where the nerves fail, not a side of the pain.
    /// Over the spent batches the writers leave the side blank there (24 stories read "both" from it, 16 of them from batches
    /// whose writers do annotate the side) and annotated "both" from it once. One numb leg ("my right leg is numb") is left read: the
    /// recent writers annotate its side about as often as they leave it blank (tried: 6 false sides removed, 5 true lost).
    /// </summary>
    private static bool NumbOrWeakOnBothSides(List<TextToken> tokens, int i, BodySide side) =>
        side is BodySide.Both && SymptomKinds.OnlyANonPainSymptom(tokens, i);

    /// <summary>"right in my groin", "right through", "right now": "right" before a preposition or an adverb of place or time.</summary>
    private static bool IsAnIntensifier(List<TextToken> tokens, int i) =>
        tokens[i].Lower == "right" && i + 1 < tokens.Count && IntensifiedWords.Contains(tokens[i + 1].Lower)
        && (i == 0 || !SideDeterminers.Contains(tokens[i - 1].Lower));

    /// <summary>
    /// Whether a place follows the side within three words: true for the hip, buttock, groin or leg, false for the trunk
    /// only (also "on the right", "to my left", which name no place), null for none (not a side).
    /// </summary>
    private static bool? PlaceNamed(List<TextToken> tokens, int i)
    {
        bool? found = null;
        for (var k = i + 1; k <= Math.Min(tokens.Count - 1, i + 3); k++)
        {
            if (LimbWords.Contains(tokens[k].Stem) || LimbWords.Contains(tokens[k].Lower))
            {
                return true;
            }

            if (TrunkWords.Contains(tokens[k].Stem) || TrunkWords.Contains(tokens[k].Lower))
            {
                found = false;
            }
        }

        // "on the right", "on my left"
        return found ?? (i >= 2 && tokens[i - 1].Lower is "the" or "my" && tokens[i - 2].Lower is "on" or "to" or "down" ? false : null);
    }

    /// <summary>A side of the trunk counts only when its sentence also names the hip, buttock, groin or leg ("my left side, going down into my groin").</summary>
    private static bool SentenceNamesOnlyTheTrunk(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        var trunk = false;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            if (LimbWords.Contains(t.Stem) || LimbWords.Contains(t.Lower))
            {
                return false;
            }

            trunk |= TrunkWords.Contains(t.Stem) || TrunkWords.Contains(t.Lower);
        }

        return trunk;
    }

    private static bool Denied(List<TextToken> tokens, ContextAnnotator context, int i) =>
        context.Frame(i, i).Negated || tokens[i].Lower == "either" && PrecededByNothing(tokens, i);

    /// <summary>"nothing goes down either leg": "nothing" is no negation trigger (it is a subject), but it denies "either".</summary>
    private static bool PrecededByNothing(List<TextToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 5 && tokens[k].Clause == tokens[i].Clause; k--)
        {
            if (tokens[k].Lower is "nothing" or "neither" or "nor")
            {
                return true;
            }
        }

        return false;
    }
}
