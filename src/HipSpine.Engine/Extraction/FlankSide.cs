using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Whether a flank phrase's "side" is the side of the body (the flank) or something else: a laterality ("groin pain on both
/// sides"), a path down the body ("down my left side"), or the side of another place ("low back pain on the right side").
/// </summary>
internal static class FlankSide
{
    /// <summary>Words before "side(s)" that make it a laterality ("pain on both sides", "on either side"), not the flank.</summary>
    private static readonly HashSet<string> LateralityWords = new(StringComparer.Ordinal) { "both", "either", "each", "one", "other", "opposite", "two" };

    /// <summary>Whether a flank phrase's "side" is a laterality ("groin pain on both sides") rather than the side of the body.</summary>
    public static bool SideIsALaterality(List<TextToken> tokens, int[] own)
    {
        foreach (var k in own)
        {
            if (tokens[k].Lower.StartsWith("side", StringComparison.Ordinal) && k > 0
                && (LateralityWords.Contains(tokens[k - 1].Lower) || Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => tokens[j].Lower == "down")))
            {
                return true; // "on both sides"; "down my left side" runs down the body or the leg
            }

            if (tokens[k].Lower.StartsWith("side", StringComparison.Ordinal) && k > 1 && tokens[k - 1].Lower is "right" or "left" && tokens[k - 2].Lower == "the"
                && SegmentNamesAnotherPart(tokens, k))
            {
                return true; // "low back pain on the right side", "pain on the left side low in my back": the side of that place
            }
        }

        return false;
    }

    /// <summary>Places whose side "the right side" can be ("low back pain on the right side"): then it is that place's side, not the flank.</summary>
    private static readonly string[] SidedPlaces = ["back", "hip", "buttock", "bum", "glute", "groin", "leg", "thigh", "knee", "spine", "pelvis", "sacro", "si"];

    private static bool SegmentNamesAnotherPart(List<TextToken> tokens, int k)
    {
        var segment = tokens[k].Segment;
        for (var i = k - 1; i >= 0 && tokens[i].Segment == segment; i--)
        {
            if (StartsWithAny(tokens[i].Lower, SidedPlaces))
            {
                return true;
            }
        }

        // After "side" only a place it is the side of ("on the right side low in my back"), not one a pain runs to ("... going down into my groin").
        for (var i = k + 1; i < tokens.Count && i <= k + 4 && tokens[i].Segment == segment; i++)
        {
            if (StartsWithAny(tokens[i].Lower, SidedPlaces))
            {
                return true;
            }

            if (tokens[i].Lower is not ("low" or "lower" or "in" or "of" or "my" or "the" or "at" or "across"))
            {
                return false;
            }
        }

        return false;
    }
}
