namespace HipSpine.Engine.Extraction;

/// <summary>
/// Crossed legs told as a habit or a posture ("I always cross my legs the same way", "sitting cross-legged on the floor a lot at
/// family gatherings", "I sit with my right leg crossed over my left") are how the person sits, not a hip that will not move
/// (<c>func.hip_stiff_reduced_motion</c> asks about stiffness or lost movement). Read only when the sentence tells an inability
/// or an effort before it ("I can't sit cross-legged", "trying to sit cross-legged hurts") or that it is gone ("... any more").
/// </summary>
internal static class CrossedLegs
{
    /// <summary>How far back an inability may stand from the crossed legs ("I can't sit with my legs apart, like cross-legged").</summary>
    private const int Reach = 9;

    /// <summary>Words of an inability or an effort.</summary>
    private static readonly HashSet<string> Inability = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "can’t", "couldn't", "couldnt", "couldn’t", "unable", "won't", "wont", "hard", "harder", "difficult", "struggle",
        "struggling", "struggled", "trouble", "try", "tries", "trying", "tried", "barely", "hardly", "impossible", "painful", "able",
    };

    /// <summary>Whether a stiffness match is crossed legs told as a habit or a posture.</summary>
    public static bool AHabitOrPosture(List<TextToken> tokens, PhraseMatch match)
    {
        if (!Array.Exists(match.Tokens, k => tokens[k].Lower.StartsWith("cross", StringComparison.Ordinal)))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        // From the last word of the match back: the phrase itself may hold the inability ("can't cross my legs").
        for (var j = match.LastToken; j >= 0 && j >= match.FirstToken - Reach && tokens[j].Sentence == sentence; j--)
        {
            if (Inability.Contains(tokens[j].Lower))
            {
                return false;
            }
        }

        // "... cross-legged any more": a movement that has gone.
        for (var j = match.LastToken + 1; j < tokens.Count && j <= match.LastToken + 3 && tokens[j].Sentence == sentence; j++)
        {
            if (tokens[j].Lower is "anymore" || (tokens[j].Lower == "more" && tokens[j - 1].Lower == "any"))
            {
                return false;
            }
        }

        return true;
    }
}
