namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Can't walk" followed by a distance ("can't walk one kilometre in one go", "can't walk even 50 metres before I sit down",
/// "couldn't walk a mile") is a walking distance cut short, not an inability to walk or bear weight
/// (<c>func.cannot_bear_weight</c>); the distance reader still reads it. "Can't walk even with crutches" and "can't walk at
/// all" are still an inability.
/// </summary>
internal static class WalkedDistance
{
    /// <summary>Count words that open a distance after "walk".</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "ten", "twenty", "fifty", "hundred", "half", "100", "200", "500",
    };

    /// <summary>Whether a distance (a count, after an optional "even") follows the walk word at <paramref name="walk"/> in its segment.</summary>
    public static bool After(List<TextToken> tokens, int walk)
    {
        var k = walk + 1;
        if (k < tokens.Count && tokens[k].Lower == "even" && tokens[k].Segment == tokens[walk].Segment)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Segment != tokens[walk].Segment)
        {
            return false;
        }

        var word = tokens[k].Lower;
        return Counts.Contains(word) || (word.Length > 0 && char.IsAsciiDigit(word[0]));
    }
}
