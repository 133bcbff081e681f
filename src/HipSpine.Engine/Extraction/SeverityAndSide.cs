namespace HipSpine.Engine.Extraction;

/// <summary>A pain score in the text ("7 out of 10", "7/10", "seven out of ten").</summary>
internal sealed record ScoreMention(int Score, int FirstToken, int LastToken);

/// <summary>Reads pain scores on the 0-10 scale (the side of the pain is <see cref="SideOfPain"/>).</summary>
internal static class SeverityAndSide
{
    public static List<ScoreMention> Scores(List<TextToken> tokens)
    {
        var found = new List<ScoreMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            var slash = word.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && word[(slash + 1)..] == "10" && int.TryParse(word.AsSpan(0, slash), System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 10)
            {
                found.Add(new ScoreMention(s, i, i));
                continue;
            }

            if (!NumberWords.TryRead(tokens, i, out var value, out var used) || value is < 0 or > 10 || used > 1 && value < 2)
            {
                continue;
            }

            var j = i + used;
            var w = Word(tokens, j);
            var k = w == "out" && Word(tokens, j + 1) == "of" ? j + 2 : w is "of" or "over" ? j + 1 : -1;
            if (k > 0 && Word(tokens, k) is "10" or "ten")
            {
                found.Add(new ScoreMention((int)Math.Round(value, MidpointRounding.AwayFromZero), i, k));
                i = k;
            }
        }

        return found;
    }

    private static string Word(List<TextToken> tokens, int i) => i < tokens.Count ? tokens[i].Lower : "";
}
