namespace HipSpine.Engine.Extraction;

/// <summary>
/// Whether a sentence tells that an earlier episode ended ("Same thing happened a year ago but that one cleared up by itself",
/// "I hurt my back 30 years ago but that healed up by itself", "couldn't run for a month but got better", "a year of PT got rid of it"): a time in it is that
/// episode's, even across "but". An ending denied ("it never healed right", "I don't think it ever got better") ends
/// nothing, and "cleared out the garage" is a job done, not a pain clearing.
/// </summary>
internal static class EpisodeEnded
{
    /// <summary>Words that deny the ending within a few words before it ("never healed", "hasn't got better").</summary>
    private const int DenialReach = 3;

    public static bool InSentenceOf(List<TextToken> tokens, int clause) => InSentence(tokens, tokens.Find(t => t.Clause == clause).Sentence);

    private static bool InSentence(List<TextToken> tokens, int sentence)
    {
        var first = tokens.FindIndex(t => t.Sentence == sentence);
        for (var i = first; i < tokens.Count && tokens[i].Sentence == sentence; i++)
        {
            var next = i + 1 < tokens.Count && tokens[i + 1].Sentence == sentence ? tokens[i + 1].Lower : "";
            var ends = tokens[i].Lower switch
            {
                "settled" or "resolved" => true,
                "cleared" => next is not ("out" or "off" or "away"),
                "went" => next == "away",
                "sorted" => next is "it" or "out",
                "healed" or "recovered" => !Denied(tokens, i),
                "got" => next is "better" or "rid" && !Denied(tokens, i),
                _ => false,
            };
            if (ends)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Denied(List<TextToken> tokens, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - DenialReach && tokens[k].Clause == tokens[at].Clause; k--)
        {
            var lower = tokens[k].Lower;
            if (lower is "never" or "not" or "ever" or "no" or "hasn't" or "hasnt" or "haven't" or "havent" or "didn't" or "didnt" || lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
