using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Numbness said of the saddle area ("a numb tingly feeling round my bum and between my legs"): the numbness words
/// alone would read as numbness in the leg, and the places as places that hurt. A statement (a segment between commas,
/// up to a new subject) with a numbness word and a saddle place, no other part of the leg and no pain word, speaks of
/// saddle numbness: the numbness is the saddle's, and the bum or the groin there is where it is numb, not where it hurts.
/// </summary>
internal static class SaddleArea
{
    private static readonly string[] NumbnessPrefixes = ["numb", "tingl", "pins", "dead", "prickl"];

    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "bum", "bottom", "backside", "genitals", "genital", "privates", "private", "perineum", "anus", "crotch", "groin", "saddle", "passage",
    };

    private static readonly string[] OtherLegParts = ["leg", "foot", "feet", "toe", "shin", "calf", "calves", "knee", "ankle", "heel", "sole", "thigh"];

    /// <summary>Whether the segment of token at speaks of numbness in the saddle area only.</summary>
    public static bool NumbnessThere(List<TextToken> tokens, int at)
    {
        var (numbness, place, pain) = (false, false, false);
        var otherLeg = false;
        var segment = tokens[at].Segment;
        var from = at;
        while (from > 0 && tokens[from - 1].Segment == segment && !ScopeBreaks.StartsStatement(tokens, from))
        {
            from--;
        }

        for (var k = from; k < tokens.Count && tokens[k].Segment == segment && (k == from || !ScopeBreaks.StartsStatement(tokens, k)); k++)
        {
            var word = tokens[k].Lower;
            var betweenLegs = BetweenTheLegs(tokens, k);
            numbness |= StartsWithAny(word, NumbnessPrefixes);
            place |= Places.Contains(word) || betweenLegs;
            pain |= MentionRules.IsPainWord(word);
        }

        // Another part of the leg anywhere between the commas ("in my bottom and my left foot") makes it the leg's too.
        for (var k = at; k >= 0 && tokens[k].Segment == segment; k--)
        {
            otherLeg |= IsOtherLegPart(tokens, k);
        }

        for (var k = at; k < tokens.Count && tokens[k].Segment == segment; k++)
        {
            otherLeg |= IsOtherLegPart(tokens, k);
        }

        return numbness && place && !otherLeg && !pain;
    }

    private static bool BetweenTheLegs(List<TextToken> tokens, int k) =>
        tokens[k].Lower.StartsWith("leg", StringComparison.Ordinal) && k >= 2 && tokens[k - 2].Lower == "between";

    private static bool IsOtherLegPart(List<TextToken> tokens, int k) =>
        !BetweenTheLegs(tokens, k) && StartsWithAny(tokens[k].Lower, OtherLegParts);
}
