namespace HipSpine.Engine.Extraction;

/// <summary>A length told as a count up to now: "about 5 weeks now", "so like 3 years now".</summary>
internal static class LengthNow
{
    /// <summary>
    /// Whether the length is followed by "now" (or "or so now"): a count of time up to today. Not after "I'm", "he's",
    /// "she's": an age or a pregnancy ("he's 10 months now", "I'm 6 months now").
    /// </summary>
    private static bool Counts(List<TextToken> tokens, TimeSpanMention span)
    {
        if (span.Relative || span.Days < 1)
        {
            return false;
        }

        var k = span.LastToken + 1;
        if (k + 1 < tokens.Count && tokens[k].Lower == "or" && tokens[k + 1].Lower == "so")
        {
            k += 2;
        }

        if (k >= tokens.Count || tokens[k].Lower != "now" || tokens[k].Segment != tokens[span.LastToken].Segment)
        {
            return false;
        }

        for (var i = span.FirstToken - 1; i >= 0 && i >= span.FirstToken - 3 && tokens[i].Segment == tokens[span.FirstToken].Segment; i--)
        {
            if (tokens[i].Lower is "i'm" or "im" or "am" or "he's" or "hes" or "she's" or "shes" or "is" or "turned" or "turns" or "aged")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the length up to now restates a "since" told just before it in a sentence of pain ("pain in my groin since
    /// 2008, so like 3 years now", "hip pain since late July, about 5 weeks now", "since New Years Day - 8 months now"): the
    /// pain is told before the pause, so the words after it alone need not name it. The person's own count is kept over the
    /// date, which need not be counted from the day the story is read.
    /// </summary>
    public static bool RestatesASince(List<TextToken> tokens, TimeSpanMention span)
    {
        if (!Counts(tokens, span))
        {
            return false;
        }

        var sentence = tokens[span.FirstToken].Sentence;
        var segment = tokens[span.FirstToken].Segment;
        var since = false;
        for (var i = span.FirstToken - 1; i >= 0 && tokens[i].Sentence == sentence; i--)
        {
            since |= tokens[i].Segment != segment && tokens[i].Lower == "since";
        }

        return since && MentionRules.SentenceTellsOfPain(tokens, span.FirstToken);
    }
}
