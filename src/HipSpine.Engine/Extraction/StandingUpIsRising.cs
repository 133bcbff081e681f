namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Standing up" is the rise from a seat or a bed, not standing for a while (round 70): "standing up hurts", "standing up from a
/// chair hurts", "when I first stand up the pain is severe", "popping up to stand was painful" tell the moment of getting up, which
/// is <c>pain.worse_stairs_or_rising</c>'s, not <c>pain.worse_standing</c> ("does standing for a long time make your pain
/// worse?"). Of the pooled readings of standing whose "stand" is followed by "up" (or comes after "up to", "back up"), 9 are
/// blank for standing and 2 annotated ("as soon as I stand up", "when I stand up my left hip hurts"). A length keeps it standing:
/// "stand up for long periods", "standing up all day" (<see cref="ActivityConditions"/> reads the condition reader's
/// "when I stand up" the same way).
/// </summary>
internal static class StandingUpIsRising
{
    /// <summary>Whether a standing match's "stand" word is the rise ("stand up", "standing up", "up to stand").</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var n = Array.FindIndex(match.Tokens, j => tokens[j].Lower is "stand" or "standing" or "stood");
        return n >= 0 && At(tokens, match.Tokens[n]);
    }

    /// <summary>Whether the stand word at i is rising: "up" right after it (and no length after that), or "up to" / "back up" before it.</summary>
    public static bool At(List<TextToken> tokens, int i)
    {
        if (i + 1 < tokens.Count && tokens[i + 1].Lower == "up" && tokens[i + 1].Segment == tokens[i].Segment)
        {
            return i + 2 >= tokens.Count || tokens[i + 2].Segment != tokens[i].Segment || tokens[i + 2].Lower is not ("for" or "long" or "all" or "in");
        }

        // "popping up to stand", "getting up to stand"
        return i >= 2 && tokens[i - 1].Lower == "to" && tokens[i - 2].Lower == "up" && tokens[i - 2].Segment == tokens[i].Segment;
    }
}
