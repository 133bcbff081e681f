namespace HipSpine.Engine.Extraction;

/// <summary>
/// Lying that is not on the painful side (<c>pain.worse_lying_on_side</c> asks whether lying on the side hurts): "I can't lie
/// flat on my back" is lying on the back (the phrase "can't lie on" reaches over "flat"), and a side told as the refuge ("the
/// only thing that helps is lying on my left side", "the only way I can get any sleep is lying on my side", "lying on my back
/// is the worst, so I sleep on my side") eases the pain rather than bringing it on.
/// </summary>
internal static class SideLying
{
    /// <summary>Words that tell relief before the side: "the only way", "helps", "comfortable".</summary>
    private static readonly HashSet<string> ReliefWords = new(StringComparer.Ordinal)
    {
        "helps", "help", "helped", "comfortable", "comfy", "relief", "relieves", "eases",
    };

    /// <summary>Whether a side-lying match is lying on the back or front, or the side as the position that eases it.</summary>
    public static bool NotTheSideThatHurts(List<TextToken> tokens, PhraseMatch match)
    {
        var side = Array.Exists(match.Tokens, k => tokens[k].Lower.StartsWith("side", StringComparison.Ordinal));
        if (!side)
        {
            // "can't lie (flat) on my back / front / stomach" ("on" is a stop word, so the match may end at "lie").
            var j = match.LastToken + 1;
            while (j < tokens.Count && tokens[j].Clause == tokens[match.LastToken].Clause && tokens[j].Lower is "my" or "the" or "flat" or "on" or "her" or "his" or "down")
            {
                j++;
            }

            return j < tokens.Count && tokens[j].Clause == tokens[match.LastToken].Clause && tokens[j].Lower is "back" or "front" or "stomach" or "tummy" or "belly";
        }

        // Only within its own stretch between commas: "nothing helps, and lying on my side hurts" is a side that hurts.
        var segment = tokens[match.FirstToken].Segment;
        for (var j = match.LastToken + 1; j < tokens.Count && tokens[j].Segment == segment; j++)
        {
            if (MentionRules.IsPainWord(tokens[j].Lower) || tokens[j].Lower is "worse" or "agony")
            {
                return false;
            }

            // "Lying on my right side helps."
            if (ReliefWords.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        for (var j = match.FirstToken - 1; j >= 0 && tokens[j].Segment == segment; j--)
        {
            var word = tokens[j].Lower;
            // A pain told between ("lying on my back is fine but lying on my side hurts") ends the look-back.
            if (word is "but" or "worse" or "worst" or "hurt" or "hurts" or "painful" or "agony")
            {
                break;
            }

            // "the only way / thing / position", "helps", "comfortable" before it: the side is where it eases.
            if (ReliefWords.Contains(word) || (word == "only" && j + 1 < tokens.Count && tokens[j + 1].Lower is "way" or "thing" or "position" or "place" or "time"))
            {
                return true;
            }

            // "... is the worst, so I sleep on my side": a consequence of another position hurting.
            if (word == "so" && j + 1 < tokens.Count && tokens[j + 1].Lower == "i" && j + 2 <= match.FirstToken)
            {
                return true;
            }
        }

        return false;
    }
}
