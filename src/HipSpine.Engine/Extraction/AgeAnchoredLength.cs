namespace HipSpine.Engine.Extraction;

/// <summary>
/// A length told from the person's own age: "I've had back pain since I was 12", "ever since I was about 19", "since the
/// age of 16", "since I was 14 or 15" (the midpoint). With the age the story was told at, the years between are the
/// episode's length. It needs the age, which the text often gives only in its heading ("24F") or not at all, so the
/// caller passes it. Read only when no other length was found: a pain "since I was 19" that flared "last week" is measured by
/// the flare, and a length the person counts ("six years now") is their own.
/// </summary>
internal static class AgeAnchoredLength
{
    /// <summary>Hedges between "was" and the number ("since I was about 19").</summary>
    private static readonly HashSet<string> Hedges = new(StringComparer.Ordinal)
    {
        "about", "around", "roughly", "approximately", "approx", "maybe", "only", "just", "like", "age", "aged",
    };

    /// <summary>
    /// Units after the number make it something else than an age: "since I was 20 weeks with my first" is a pregnancy,
    /// "since I was 12 stone" a weight.
    /// </summary>
    private static readonly HashSet<string> NotAnAge = new(StringComparer.Ordinal)
    {
        "week", "weeks", "wks", "wk", "month", "months", "day", "days", "hour", "hours", "stone", "st", "kg", "kilos", "lbs", "pounds",
        "percent", "%", "minutes", "mins", "a", "per", "times",
    };

    /// <summary>The days from the age named to <paramref name="age"/>, and the tokens that told it, or null.</summary>
    public static (int Days, int First, int Last)? Read(List<TextToken> tokens, ContextAnnotator context, int age)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Lower != "since" || AgeAt(tokens, i + 1) is not var (years, last) || years >= age || years < 1)
            {
                continue;
            }

            // Of the complaint, and the person's own: "Smoked 30 a day since I was 20" measures the smoking, "my mum has had
            // it since she was 40" is hers (and "she was" is never read).
            var frame = context.Frame(i, last);
            if (frame.AboutSomeoneElse || frame.Hypothetical || !MentionRules.SentenceTellsOfPain(tokens, i))
            {
                continue;
            }

            return ((int)Math.Round((age - years) * 365, MidpointRounding.AwayFromZero), i, last);
        }

        return null;
    }

    /// <summary>"I was [about] N [or M] [years old]" or "[the] age [of] N" at <paramref name="k"/>: the age (a midpoint for two) and its last token.</summary>
    private static (double Years, int Last)? AgeAt(List<TextToken> tokens, int k)
    {
        var segment = tokens[k].Segment;
        bool At(int j, params string[] words) => j < tokens.Count && tokens[j].Segment == segment && Array.IndexOf(words, tokens[j].Lower) >= 0;
        if (At(k, "i") && At(k + 1, "was"))
        {
            k += 2;
        }
        else if (At(k, "the") && At(k + 1, "age") && At(k + 2, "of"))
        {
            k += 3;
        }
        else if (!At(k, "age", "aged"))
        {
            return null;
        }

        while (k < tokens.Count && tokens[k].Segment == segment && Hedges.Contains(tokens[k].Lower))
        {
            k++;
        }

        // "since I was a teenager", "a few years ago" are no age in years.
        if (k >= tokens.Count || tokens[k].Segment != segment || tokens[k].Lower is "a" or "an" or "few" or "several" or "couple" or "half"
            || !NumberWords.TryRead(tokens, k, out var years, out var used) || years != Math.Floor(years))
        {
            return null;
        }

        var last = k + used - 1;
        if (At(last + 1, "or", "to", "-") && last + 2 < tokens.Count && tokens[last + 2].Segment == segment
            && NumberWords.TryRead(tokens, last + 2, out var other, out var otherUsed) && other > years && other - years <= 3)
        {
            (years, last) = ((years + other) / 2, last + 1 + otherUsed);
        }

        if (At(last + 1, "years", "yrs", "year") && At(last + 2, "old"))
        {
            return (years, last + 2);
        }

        // A unit after the number that is not "years old" makes it no age ("20 weeks", "12 stone", "5 years" of something).
        var after = last + 1 < tokens.Count && tokens[last + 1].Segment == segment ? tokens[last + 1].Lower : "";
        return NotAnAge.Contains(after) || after is "years" or "yrs" or "year" ? null : (years, last);
    }
}
