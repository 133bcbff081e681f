namespace HipSpine.Engine.Extraction;

/// <summary>
/// "A day" or "a night" with no count but the article names a day or a night as a thing, not how long the pain has lasted
/// (round 56): a rate after a count ("3-5 a day" of tablets), an outing, a stay or a sleep ("a night out", "a night in
/// hospital", "a day off", "after a night's sleep"), and "One day" opening its sentence, the storyteller's "once". "For a
/// day or two", "a day ago" and "two nights" are not this shape and stay lengths.
/// </summary>
internal static class DayOrNightNoun
{
    /// <summary>Words right after "a day" or "a night" that make it an outing or a stay ("a night out", "a day off", "a night in hospital").</summary>
    private static readonly HashSet<string> OutingWords = new(StringComparer.Ordinal) { "out", "off", "in" };

    /// <summary>Counts in words before "a day" that make it a rate ("two or three a day").</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "few", "several",
    };

    /// <summary>Whether the length at <paramref name="span"/> is a day or a night named as a thing; <paramref name="before"/> and <paramref name="after"/> are its neighbours within its commas.</summary>
    public static bool NamesAThing(List<TextToken> tokens, TimeSpanMention span, string before, string after)
    {
        if (span.Relative || span.LastToken != span.FirstToken + 1 || tokens[span.FirstToken].Lower is not ("a" or "one"))
        {
            return false;
        }

        var unit = tokens[span.LastToken].Lower;
        if (unit is "night's" or "nights" or "day's")
        {
            return true; // "after a night's sleep": the possessive names the night
        }

        if (unit is not ("day" or "night"))
        {
            return false;
        }

        if (tokens[span.FirstToken].Lower == "one")
        {
            // "One day, suddenly, a pain started": opening its sentence, "one day" is when, not how long
            return span.FirstToken == 0 || tokens[span.FirstToken - 1].Sentence != tokens[span.FirstToken].Sentence;
        }

        return OutingWords.Contains(after) || (before.Length > 0 && (char.IsDigit(before[0]) || CountWords.Contains(before)));
    }
}
