namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pregnancy's own count of weeks or months: "28 weeks pregnant. Started getting pelvic pain around 20 weeks", "6 months
/// gone now. Since about 4 months I've had pains". The count after "around" or "since" is a point in the pregnancy, not a
/// length up to now: the writers count the pain's length as the weeks between the two (here 8 weeks and 2 months). The
/// gestation itself ("28 weeks pregnant", "I'm 6 months now") is no length of the pain at all. A point in an earlier
/// pregnancy ("since I was 20 weeks with my first") is left to the older rules.
/// </summary>
internal static class PregnancyWeeks
{
    /// <summary>The gestation told in the story, in days ("23 weeks pregnant", "6 months gone"), or none.</summary>
    public static double? Gestation(List<TextToken> tokens, List<TimeSpanMention> spans) =>
        spans.Find(s => IsGestation(tokens, s))?.Days;

    /// <summary>Whether the span is the gestation: followed by "pregnant" or "gone", or "I'm N months now" in a story of a pregnancy.</summary>
    public static bool IsGestation(List<TextToken> tokens, TimeSpanMention span)
    {
        // Under 43 weeks, and a pregnancy told in the story ("a year and a half, gone off my food" is no gestation).
        if (span.Days > 300 || !CountsWeeksOrMonths(tokens, span) || !tokens.Exists(t => t.Lower.StartsWith("pregnan", StringComparison.Ordinal)))
        {
            return false;
        }

        var after = span.LastToken + 1 < tokens.Count ? tokens[span.LastToken + 1].Lower : "";
        var before = span.FirstToken > 0 ? tokens[span.FirstToken - 1].Lower : "";
        return after is "pregnant" or "gone" || (before is "i'm" or "im" && after == "now");
    }

    /// <summary>Whether the span ends on weeks or months ("20 weeks", "16 wks"; not "yesterday" or "since last week").</summary>
    private static bool CountsWeeksOrMonths(List<TextToken> tokens, TimeSpanMention span) =>
        tokens[span.LastToken].Lower is "weeks" or "wks" or "months" && !tokens.Skip(span.FirstToken).Take(span.LastToken - span.FirstToken + 1).Any(t => t.Lower is "last" or "past" or "this");

    /// <summary>
    /// Whether the span is a point in the present pregnancy before the gestation: a count under it, not "ago", not a length
    /// ("for", "last", "past", "over", "in"), and not told of an earlier pregnancy ("with my first", "first time round").
    /// </summary>
    public static bool IsAPointInIt(List<TextToken> tokens, TimeSpanMention span, double gestation)
    {
        if (span.Days >= gestation || !CountsWeeksOrMonths(tokens, span) || IsGestation(tokens, span))
        {
            return false;
        }

        var after = span.LastToken + 1 < tokens.Count ? tokens[span.LastToken + 1].Lower : "";
        if (after is "ago" or "later" or "after" or "old")
        {
            return false;
        }

        var sentence = tokens[span.FirstToken].Sentence;
        for (var k = Math.Max(0, span.FirstToken - 3); k < span.FirstToken; k++)
        {
            if (tokens[k].Sentence == sentence && tokens[k].Lower is "for" or "last" or "past" or "over" or "in" or "another")
            {
                return false;
            }
        }

        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && ((tokens[k].Lower == "with" && tokens[k + 1].Lower == "my" && tokens[k + 2].Lower is "first" or "last" or "previous" or "other")
                || (tokens[k].Lower == "first" && tokens[k + 1].Lower == "time")))
            {
                return false; // "since I was 20 weeks with my first": an earlier pregnancy
            }
        }

        return true;
    }
}
