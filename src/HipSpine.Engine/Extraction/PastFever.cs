namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fever, chills or sweats told of an illness that has passed is history, not a fever now (round 65, after held-back 64's
/// "About a week ago I had a fever and watery diarrhoea which has cleared up now" and "I hurt my foot at the start of summer, it
/// made an open sore that ... gave me fevers" read as a fever today; a red flag from the past read as present is the most
/// harmful false reading after a polarity error). Past when its sentence says it has cleared ("which has cleared up", not
/// "hasn't cleared"), or dates it a month or more back by the calendar ("last month", "two months ago", "years back", "at the
/// start of summer", "back in May") and tells no beginning of this pain with it. Pooled, the writers annotate a fever told with
/// the pain's start even when dated ("Back in September I started with pain in my upper back ... with fevers", "Three weeks
/// ago my lower back started to hurt ... and I had a fever with it"), and a fever some days back ("Had my covid booster 3 days
/// ago ... fever"): weeks and days are left as they were, and so is a length ("for the last month", "for 5 months I've had a
/// low fever", "since last month") and a fever told as kept up ("still", "keep", "on and off").
/// </summary>
internal static class PastFever
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "systemic.fever", "systemic.chills_rigors", "systemic.night_sweats",
    };

    /// <summary>Words after "last" that date a time a month or more back ("last month", "last summer").</summary>
    private static readonly HashSet<string> LongUnits = new(StringComparer.Ordinal)
    {
        "month", "year", "summer", "winter", "spring", "autumn",
    };

    private static readonly HashSet<string> Seasons = new(StringComparer.Ordinal) { "summer", "winter", "spring", "autumn" };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>Words that keep the fever up to now, or make a date a length: "still", "keep getting", "since last month".</summary>
    private static readonly HashSet<string> KeptUp = new(StringComparer.Ordinal)
    {
        "still", "keep", "keeps", "kept", "since", "again", "ongoing", "every", "currently",
    };

    /// <summary>Whether the mention of <paramref name="code"/> at <paramref name="match"/> tells a fever that has passed.</summary>
    public static bool Applies(string code, List<TextToken> tokens, PhraseMatch match)
    {
        if (!Codes.Contains(code))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        var (dated, cleared) = (false, false);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var w = tokens[k].Lower;
            if (KeptUp.Contains(w) || (w == "on" && SentenceWords.At(tokens, k + 1, sentence) == "and" && SentenceWords.At(tokens, k + 2, sentence) == "off")
                || (w is "started" or "starting" or "starts" or "began" or "begun") || (w is "came" or "come" && SentenceWords.At(tokens, k + 1, sentence) == "on"))
            {
                return false; // kept up to now, or told with the pain's start ("I started with pain ... with fevers")
            }

            // "which has cleared up (now)", not "hasn't cleared": after the fever, with no denial just before it
            cleared |= w == "cleared" && k > match.LastToken && SentenceWords.At(tokens, k - 1, sentence) is not ("not" or "hasn't" or "hasnt" or "never" or "havent" or "haven't");
            dated |= DatesLongBack(tokens, k, sentence);
        }

        return cleared || dated;
    }

    /// <summary>A date a month or more back at <paramref name="k"/>: "last month" (not "the last month", a length), "months ago",
    /// "years back", "start of (the) summer", "back in May", "in October".</summary>
    private static bool DatesLongBack(List<TextToken> tokens, int k, int sentence)
    {
        var w = tokens[k].Lower;
        if (w == "last" && LongUnits.Contains(SentenceWords.At(tokens, k + 1, sentence)))
        {
            return SentenceWords.At(tokens, k - 1, sentence) is not ("the" or "for" or "over" or "in" or "past" or "this");
        }

        if (w is "months" or "month" or "years" or "year" or "yrs" && SentenceWords.At(tokens, k + 1, sentence) is "ago" or "back")
        {
            return true;
        }

        if (w is "start" or "beginning" or "end" && SentenceWords.At(tokens, k + 1, sentence) == "of")
        {
            var next = SentenceWords.At(tokens, k + 2, sentence) == "the" ? SentenceWords.At(tokens, k + 3, sentence) : SentenceWords.At(tokens, k + 2, sentence);
            return Seasons.Contains(next) || Months.Contains(next) || next == "year";
        }

        return w == "in" && Months.Contains(SentenceWords.At(tokens, k + 1, sentence));
    }
}
