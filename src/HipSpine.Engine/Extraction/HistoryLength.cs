namespace HipSpine.Engine.Extraction;

/// <summary>
/// A count of a year or more that dates a long history, told before the present episode is dated on its own: "My back first
/// started playing up about 10 years ago. On Thursday I lifted a suitcase and ...", "on and off low back pain for 30 years
/// ... What's new is ...", "the same sort of pain over ten years ago. This time it ...". The writers do not take the
/// history's count as the episode's length (they give the later moment's, or none): a later sentence that tells a recent
/// moment when something began, or that opens a new episode outright ("this time", "what's new"), makes the long count the
/// history's. A count said of this episode ("ten years now", "this time" in its own sentence) stays; so does one told as
/// running to now ("and it still hurts": a later moment is a change within it), and one whose later sentences tell only a
/// change, care or an outing with no pain ("since last week it's got unbearable", "another injection on Thursday").
/// </summary>
internal static class HistoryLength
{
    /// <summary>Words that tell a moment when something began or struck: "lifted", "slipped", "suddenly", "gave way".</summary>
    private static readonly HashSet<string> Beginnings = new(StringComparer.Ordinal)
    {
        "started", "starting", "began", "kicked", "suddenly", "sudden", "lifted", "lifting", "went", "popped", "slipped",
        "fell", "twisted", "bent", "pulled",
    };

    /// <summary>Words of a pain or a giving way that strikes: "pain", "hurt", "ache", "sore", "stabbing", "spasm", "numb", "pop".</summary>
    private static readonly string[] PainPrefixes =
    [
        "pain", "hurt", "ach", "sore", "agon", "stab", "twinge", "spasm", "sciatic", "shoot", "numb", "pop", "excruciat",
    ];

    /// <summary>
    /// Whether the length at <paramref name="span"/> (of <paramref name="days"/> days) is the history before an episode that a
    /// later sentence dates or opens.
    /// </summary>
    public static bool DatesTheHistory(List<TextToken> tokens, TimeSpanMention span, double days)
    {
        if (days < 365 || DurationSenses.MarksThisEpisode(tokens, span))
        {
            return false;
        }

        var sentence = tokens[span.FirstToken].Sentence;
        if (HasThisTime(tokens, sentence))
        {
            return false; // "my sciatica has been going for several years this time round"
        }

        // "I've had a bad hip for 2 years and it still hurts": told as running to now, a later moment is a change within it.
        var runsToNow = RunsToNow(tokens, sentence);
        var last = tokens[^1].Sentence;
        for (var s = sentence + 1; s <= last; s++)
        {
            if (HasThisTime(tokens, s) || HasWhatsNew(tokens, s) || (!runsToNow && DatesARecentMoment(tokens, s) && TellsABeginning(tokens, s) && TellsOfPain(tokens, s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"still", "keeps", "anymore" or "now" (not "every now and then") in the length's sentence.</summary>
    private static bool RunsToNow(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && (tokens[k].Lower is "still" or "keeps" or "anymore" || (tokens[k].Lower == "now" && (k == 0 || tokens[k - 1].Lower != "every"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A pain told in the later sentence ("got a sharp pain", "felt something pop", "my leg gave way"): "Three days ago I went
    /// to the cinema" or "two weeks ago I started physio" dates no new episode.
    /// </summary>
    private static bool TellsOfPain(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var w = tokens[k].Lower;
            if (tokens[k].Sentence == sentence && (PainPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal))
                || GaveWay(tokens, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"this time", not "all this time" (the whole history: "treated for a slipped disc all this time").</summary>
    private static bool HasThisTime(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && tokens[k].Lower == "this" && tokens[k + 1].Lower == "time" && tokens[k + 1].Sentence == sentence
                && (k == 0 || tokens[k - 1].Lower != "all"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWhatsNew(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && tokens[k].Lower is "what's" or "whats" or "what’s" && tokens[k + 1].Lower == "new")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A moment of the last days: "yesterday", "today", "tonight", "this morning", "last night", "last week", "on Thursday", "two days ago".</summary>
    private static bool DatesARecentMoment(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var w = tokens[k].Lower;
            var next = k + 1 < tokens.Count && tokens[k + 1].Sentence == sentence ? tokens[k + 1].Lower : "";
            var previous = k > 0 && tokens[k - 1].Sentence == sentence ? tokens[k - 1].Lower : "";
            if (w is "yesterday" or "today" or "tonight" || (w == "this" && next == "morning") || (w == "last" && next is "night" or "week")
                || (w == "on" && WeekdayLength.Days.Contains(next)) || (w == "ago" && previous is "day" or "days" or "week" or "weeks"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A beginning told in the sentence ("I lifted a suitcase", "my leg suddenly gave way", "felt something go").</summary>
    private static bool TellsABeginning(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && (Beginnings.Contains(tokens[k].Lower)
                || (tokens[k].Lower == "felt" && k + 1 < tokens.Count && tokens[k + 1].Lower is "a" or "something")
                || GaveWay(tokens, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"gave way" at token k (not "gave me naproxen").</summary>
    private static bool GaveWay(List<TextToken> tokens, int k) =>
        tokens[k].Lower == "gave" && k + 1 < tokens.Count && tokens[k + 1].Lower == "way";
}
