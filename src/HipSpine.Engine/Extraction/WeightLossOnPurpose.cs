namespace HipSpine.Engine.Extraction;

/// <summary>
/// Weight lost as a goal, as advice or as care is not the weight loss <c>systemic.weight_loss</c> asks about (weight lost without
/// trying, a sign of illness). Round 65, counted over the pool: every weight loss the writers annotate is told as having
/// happened ("I've lost weight", "I keep losing weight", "lost 5 kilos without trying"); the ones they leave blank are a goal or
/// advice told with the bare verb ("I started going to the gym to lose weight", "the doctor said I need to lose some weight",
/// "do some sport and lose weight"), a loss told as care with its verdict right after it ("losing weight helped a bit", "lost
/// weight - made no difference"), or weight put on ("I've put on weight and lost my fitness", the phrase read out of order).
/// The phrase "without trying to lose weight" keeps its own reading.
/// </summary>
internal static class WeightLossOnPurpose
{
    /// <summary>Verdict words of care told right after the loss: "helped", "made no difference", "didn't fix it".</summary>
    private static readonly HashSet<string> Verdicts = new(StringComparer.Ordinal)
    {
        "helped", "helps", "help", "difference", "fix", "fixed", "worked", "work",
    };

    /// <summary>Whether the weight-loss match is a goal, advice, care or weight gained.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (Array.Exists(match.Tokens, k => tokens[k].Lower is "without" or "trying" or "unexplained" or "unintentional"))
        {
            return false;
        }

        if (Array.Exists(match.Tokens, k => tokens[k].Lower == "lose"))
        {
            return true; // "to lose weight", "need to lose some weight": a goal or advice, not a loss told
        }

        var sentence = tokens[match.FirstToken].Sentence;
        // "put on quite a bit of weight and lost my fitness": the phrase's words out of order, the weight gained
        if (tokens[match.FirstToken].Lower == "weight")
        {
            for (var k = match.FirstToken - 1; k >= 0 && k >= match.FirstToken - 6 && tokens[k].Sentence == sentence; k--)
            {
                if (tokens[k].Lower is "put" or "gained" or "gain" or "gaining" or "putting")
                {
                    return true;
                }
            }
        }

        // "losing weight helped a bit", "lost weight - made no difference": a verdict within three words after it
        for (var k = match.LastToken + 1; k < tokens.Count && k <= match.LastToken + 3 && tokens[k].Sentence == sentence; k++)
        {
            if (Verdicts.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
