namespace HipSpine.Engine.Extraction;

/// <summary>
/// A count joined to its unit by a hyphen and followed by a noun is an adjective that names an event or a plan, not how long
/// the pain has lasted: "a muddy 2-day tournament", "a 6-month injury cycle", "a 12-hour shoot". The tokenizer cuts a hyphen
/// between a digit and a letter, so the unit starts one character after the count, as the first word of its segment; the
/// unit is singular, as English writes these adjectives. A length of the complaint told the same way keeps its reading when
/// a word of the complaint's history follows ("a 6-week history of back pain"), and "2-weeks" typed for "2 weeks" is plural.
/// Round 61: the same adjective typed without its hyphen after an article or a possessive ("an 8 day motorbike trip", "at my 6
/// week check") names the event too; a count after "for" or standing alone ("for 8 days", "8 day") is not this form.
/// </summary>
internal static class HyphenatedLength
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "minute", "min", "hour", "hr", "day", "night", "week", "wk", "month", "year", "yr",
    };

    /// <summary>Words before an unhyphenated count that make count and unit an adjective ("an 8 day trip").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "his", "her", "our", "their", "your",
    };

    /// <summary>Words after an unhyphenated unit that are no noun it could describe ("the 2 day and a half").</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "so", "i", "of", "to", "in", "on", "at", "it", "that", "with", "since", "until", "when", "is", "was",
    };

    /// <summary>Words after the unit that keep it a length ("a 6-week history", "a 3-month spell of pain").</summary>
    private static readonly HashSet<string> LengthNouns = new(StringComparer.Ordinal)
    {
        "history", "spell", "bout", "episode", "stretch", "period", "ago", "old", "now", "long", "flare", "attack",
    };

    /// <summary>Whether the length at <paramref name="span"/> is an adjective (hyphenated, or after an article) of the noun after it.</summary>
    public static bool NamesAnEvent(List<TextToken> tokens, TimeSpanMention span, string after)
    {
        var unit = span.LastToken;
        if (unit == 0 || unit != span.FirstToken + 1 || after.Length == 0 || LengthNouns.Contains(after))
        {
            return false;
        }

        var count = tokens[unit - 1];
        if (!count.Lower.All(char.IsDigit) || !Units.Contains(tokens[unit].Lower))
        {
            return false;
        }

        var hyphenated = tokens[unit].AfterComma && tokens[unit].Start == count.End + 1;
        return hyphenated || (unit >= 2 && Determiners.Contains(tokens[unit - 2].Lower) && tokens[unit - 2].Segment == tokens[unit].Segment
            && after.All(char.IsLetter) && !SmallWords.Contains(after));
    }
}
