namespace HipSpine.Engine.Extraction;

/// <summary>
/// Relief that wore off, told with the pain's return (round 50): "each one helps for a bit but it keeps coming back", "felt
/// better for a few days then it all came back", "gave relief for a couple of weeks and now the pain is back". Round 48 found
/// "help(s) for a bit" alone split the writers (annotated in 6 stories, left blank in 8: "Massage, heat and ice baths help
/// for a bit"); the return of the pain in the same sentence tells that the care did not hold. Like every reading of
/// <c>episode.not_improving_with_care</c>, it needs the story to name some care (<see cref="ModifierRules.CareIsSpokenOf"/>).
/// </summary>
internal static class ReliefWoreOff
{
    private static readonly HashSet<string> ReliefWords = new(StringComparer.Ordinal)
    {
        "help", "helps", "helped", "helping", "better", "relief", "eased", "eases", "worked", "works",
    };

    /// <summary>Words before "back" that make it a return ("came back", "keeps coming back", "the pain is back", "its back again").</summary>
    private static readonly HashSet<string> BeforeBack = new(StringComparer.Ordinal)
    {
        "came", "comes", "coming", "is", "it's", "its", "was",
    };

    /// <summary>A return denied ("it never came back", "it wasn't coming back"; "hasn't come back" has no word of <see cref="BeforeBack"/>).</summary>
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "not", "never", "hasn't", "hasnt", "didn't", "didnt", "isn't", "isnt", "wasn't", "wasnt", "hadn't", "hadnt", "no",
    };

    /// <summary>The token of the return after a relief "for" a span at i ("helps for a bit ... coming back"), or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!ReliefWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        var forAt = i + 1 < tokens.Count && tokens[i + 1].Lower == "only" ? i + 2 : i + 1;
        if (forAt >= tokens.Count || tokens[forAt].Lower != "for" || tokens[forAt].Sentence != tokens[i].Sentence)
        {
            return null;
        }

        for (var k = forAt + 2; k < tokens.Count && tokens[k].Sentence == tokens[i].Sentence; k++)
        {
            if (tokens[k].Lower == "back" && BeforeBack.Contains(tokens[k - 1].Lower) && !Denials.Contains(tokens[k - 2].Lower))
            {
                return k;
            }
        }

        return null;
    }
}
