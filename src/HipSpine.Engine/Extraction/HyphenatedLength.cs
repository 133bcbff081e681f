namespace HipSpine.Engine.Extraction;

/// <summary>
/// A count joined to its unit by a hyphen and followed by a noun is an adjective that names an event or a plan, not how long
/// the pain has lasted: "a muddy 2-day tournament", "a 6-month injury cycle", "a 12-hour shoot". The tokenizer cuts a hyphen
/// between a digit and a letter, so the unit starts one character after the count, as the first word of its segment; the
/// unit is singular, as English writes these adjectives. A length of the complaint told the same way keeps its reading when
/// a word of the complaint's history follows ("a 6-week history of back pain"), and "2-weeks" typed for "2 weeks" is plural.
/// </summary>
internal static class HyphenatedLength
{
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "minute", "min", "hour", "hr", "day", "night", "week", "wk", "month", "year", "yr",
    };

    /// <summary>Words after the unit that keep it a length ("a 6-week history", "a 3-month spell of pain").</summary>
    private static readonly HashSet<string> LengthNouns = new(StringComparer.Ordinal)
    {
        "history", "spell", "bout", "episode", "stretch", "period", "ago", "old", "now", "long",
    };

    /// <summary>Whether the length at <paramref name="span"/> is a hyphenated adjective of the noun after it.</summary>
    public static bool NamesAnEvent(List<TextToken> tokens, TimeSpanMention span, string after)
    {
        var unit = span.LastToken;
        if (unit == 0 || unit != span.FirstToken + 1 || after.Length == 0 || LengthNouns.Contains(after))
        {
            return false;
        }

        var count = tokens[unit - 1];
        return tokens[unit].AfterComma && tokens[unit].Start == count.End + 1 && count.Lower.All(char.IsDigit) && Units.Contains(tokens[unit].Lower);
    }
}
