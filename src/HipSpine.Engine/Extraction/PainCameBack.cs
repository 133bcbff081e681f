namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain "came back" (or "has come back") as a new episode: "Seven months ago it came back", "in 2019 the pain came back",
/// "then it came back worse", "it has come back with a vengeance". A bare "it came back" is as often the same episode
/// resuming after a rest, a painkiller or an injection wore off ("as soon as I lay down it came back", "the block helped
/// for a while, then the pain came back"), so the return must be dated to a later time (a year, a month, "N weeks ago",
/// "N days later", "the last 2 years", "after a few days") just before it, or told as worse after it. Only the pain or
/// "it" comes back: not a scan or results ("the MRI came back normal"), not "came back to work" or "came back home".
/// </summary>
internal static class PainCameBack
{
    /// <summary>How many words before the verb a date of the return may stand, and after it a "worse".</summary>
    private const int Near = 6;

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "it", "pain", "ache", "aching", "sciatica", "twinge", "twinges", "spasms", "symptoms", "backache", "lumbago",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter",
    };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "yrs",
    };

    /// <summary>The last token of "came back" / "come back" at i told of the pain as a later episode, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("came" or "come") || i + 1 >= tokens.Count || tokens[i + 1].Lower != "back"
            || tokens[i + 1].Clause != tokens[i].Clause || i == 0)
        {
            return null;
        }

        // "come back" only in the perfect ("it has come back", "it's come back"): "will come back", "could it come back" are not it.
        var verb = i;
        if (tokens[i].Lower == "come")
        {
            if (tokens[i - 1].Lower is not ("has" or "have" or "it's" or "its"))
            {
                return null;
            }

            verb = i - 1;
        }

        var subject = verb - 1;
        while (subject >= 0 && tokens[subject].Clause == tokens[i].Clause && tokens[subject].Lower is "just" or "then" or "all" or "soon" or "quickly")
        {
            subject--;
        }

        var said = tokens[verb].Lower is "it's" or "its" || (subject >= 0 && tokens[subject].Clause == tokens[i].Clause && Subjects.Contains(tokens[subject].Lower));
        var next = i + 2 < tokens.Count && tokens[i + 2].Sentence == tokens[i].Sentence ? tokens[i + 2].Lower : "";
        if (!said || next is "normal" or "clear" or "negative" or "positive" or "fine" or "ok" or "okay" or "as" or "to" or "from" or "home" or "in" or "inside")
        {
            return null;
        }

        return Dated(tokens, verb) || Worse(tokens, i + 1) ? i + 1 : null;
    }

    /// <summary>Whether a later time is told in the words just before the verb, within its sentence.</summary>
    internal static bool Dated(List<TextToken> tokens, int verb)
    {
        for (var k = Math.Max(0, verb - Near); k < verb; k++)
        {
            if (tokens[k].Sentence != tokens[verb].Sentence)
            {
                continue;
            }

            var lower = tokens[k].Lower;
            var following = k + 1 < verb ? tokens[k + 1].Lower : "";
            var unitSoon = Enumerable.Range(k + 1, Math.Min(3, verb - k - 1)).Any(j => Units.Contains(tokens[j].Lower));
            if (lower is "ago" or "later" || Months.Contains(lower) || NumberWords.IsCalendarYear(lower)
                || (lower is "last" or "past" or "after" && unitSoon)
                || (lower is "this" or "last" && Units.Contains(following)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "worse" (or "with a vengeance") follows the return within its clause: "came back worse", "and much worse".</summary>
    internal static bool Worse(List<TextToken> tokens, int back)
    {
        for (var k = back + 1; k < tokens.Count && k <= back + Near && tokens[k].Clause == tokens[back].Clause && !tokens[k].AfterComma; k++)
        {
            if (tokens[k].Lower is "worse" or "vengeance")
            {
                return true;
            }
        }

        return false;
    }
}
