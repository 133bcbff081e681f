namespace HipSpine.Engine.Extraction;

/// <summary>A pain score in the text ("7 out of 10", "7/10", "seven out of ten").</summary>
internal sealed record ScoreMention(int Score, int FirstToken, int LastToken);

/// <summary>Reads pain scores on the 0-10 scale, and the side of the pain.</summary>
internal static class SeverityAndSide
{
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "hip", "groin", "leg", "buttock", "bum", "butt", "bottom", "glute", "thigh", "knee", "side", "calf", "foot", "feet", "ankle",
        "shin", "back", "lower", "sciatic", "hamstr", "hamstring", "flank", "sid", "cheek", "lumbar", "si", "sacroiliac",
    };

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

    /// <summary>"right hip", "on the left side", "both hips": the first side named next to a body word; both when left and right are named.</summary>
    public static SideMention? Side(List<TextToken> tokens)
    {
        SideMention? first = null;
        bool left = false, right = false;
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
            if (side is null || !NearBodyWord(tokens, i))
            {
                continue;
            }

            left |= side is BodySide.Left;
            right |= side is BodySide.Right;
            first ??= new SideMention(side.Value, tokens[i].Start, tokens[i].End);
        }

        return left && right && first is not null ? first with { Side = BodySide.Both } : first;
    }

    private static bool NearBodyWord(List<TextToken> tokens, int i)
    {
        for (var k = i + 1; k <= Math.Min(tokens.Count - 1, i + 3); k++)
        {
            if (BodyWords.Contains(tokens[k].Stem) || BodyWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        // "on the right", "on my left"
        return i >= 2 && tokens[i - 1].Lower is "the" or "my" && tokens[i - 2].Lower is "on" or "to" or "down";
    }

    private static string Word(List<TextToken> tokens, int i) => i < tokens.Count ? tokens[i].Lower : "";
}
