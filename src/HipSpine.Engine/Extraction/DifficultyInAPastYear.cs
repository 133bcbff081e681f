namespace HipSpine.Engine.Extraction;

/// <summary>
/// Difficulty walking or standing told in a sentence dated to a past calendar year is a past episode's, not this pain's
/// (round 81): "In Dec 2008 I literally crawled to the hospital", "once in 1997 a proper lumbago where I could barely crawl",
/// "First time it hit me was April 2010, off work almost a month", "It started Oct 2018 ... I couldn't stand up".
/// <c>func.difficulty_walking_standing</c> asks what the pain does to walking and standing now. Over the spent stories every
/// such sentence without a word of now was left blank by its writer; a sentence that also says "now" ("Now (2014) it's worse,
/// walking hurts", "since I fell down the stairs in 1980 ... I use a walker now") keeps its reading, and so does a year after
/// "since" or "from", which dates the start of what is still going on ("since 2019 I can barely walk").
/// </summary>
internal static class DifficultyInAPastYear
{
    private const string Code = "func.difficulty_walking_standing";

    /// <summary>Words that bring a dated sentence back to the present.</summary>
    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal)
    {
        "now", "nowadays", "currently", "today", "still",
    };

    public static void Apply(List<TextToken> tokens, DateOnly today, List<ExtractedMention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Code != Code || !mention.Counted || mention.Negated || !mention.Value.AsBool)
            {
                continue;
            }

            var at = tokens.FindIndex(t => t.Start >= mention.Start);
            if (at >= 0 && Dated(tokens, tokens[at].Sentence, today))
            {
                mentions[m] = mention with { Context = MentionContext.Historical, Counted = false };
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/> names a calendar year before this one (not after "since" or "from", nor a month after them) and no word of now.</summary>
    public static bool Dated(List<TextToken> tokens, int sentence, DateOnly today)
    {
        var pastYear = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var w = tokens[k].Lower;
            if (NowWords.Contains(w))
            {
                return false;
            }

            pastYear |= NumberWords.IsPastCalendarYear(w, today)
                && SentenceWords.At(tokens, k - 1, sentence) is not ("since" or "from")
                && SentenceWords.At(tokens, k - 2, sentence) is not ("since" or "from"); // "since March 2019"
        }

        return pastYear;
    }
}
