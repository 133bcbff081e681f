using System.Globalization;

namespace HipSpine.Engine.Extraction;

/// <summary>Reads a number at a token: digits ("7", "3.5") or words ("seven", "twenty one", "a", "a couple of", "a few").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["nought"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>A calendar year of a person's life ("since 1991", "it came back in 2019"): four digits from 1940 to 2099.</summary>
    public static bool IsCalendarYear(string lower) =>
        lower.Length == 4 && int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1940 and <= 2099;

    /// <summary>A calendar year before this one, written in full ("2009", "1996"): a past time, not this pain's now.</summary>
    public static bool IsPastCalendarYear(string lower, DateOnly today) =>
        IsCalendarYear(lower) && int.Parse(lower, CultureInfo.InvariantCulture) < today.Year;

    /// <summary>The number at <paramref name="i"/> and how many tokens it used; false when there is none.</summary>
    public static bool TryRead(List<TextToken> tokens, int i, out double value, out int used)
    {
        value = 0;
        used = 0;
        if (i >= tokens.Count)
        {
            return false;
        }

        var word = tokens[i].Lower;
        if (double.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            used = 1;
            return true;
        }

        if (Units.TryGetValue(word, out var unit))
        {
            (value, used) = (unit, 1);
            return true;
        }

        if (Tens.TryGetValue(word, out var ten))
        {
            (value, used) = (ten, 1);
            if (i + 1 < tokens.Count && Units.TryGetValue(tokens[i + 1].Lower, out var more) && more is > 0 and < 10)
            {
                (value, used) = (ten + more, 2);
            }

            return true;
        }

        var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
        switch (word)
        {
            case "a" or "an" when next == "couple" && i + 2 < tokens.Count && tokens[i + 2].Lower == "of":
                (value, used) = (2, 3);
                return true;
            case "couple" when next == "of":
                (value, used) = (2, 2);
                return true;
            case "a" when next == "few":
                (value, used) = (3, 2);
                return true;
            case "few" or "several":
                (value, used) = (3, 1);
                return true;
            case "a" or "an" or "one":
                (value, used) = (1, 1);
                return true;
            case "half" when next is "a" or "an":
                (value, used) = (0.5, 2);
                return true;
            default:
                return false;
        }
    }
}
