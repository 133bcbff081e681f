namespace HipSpine.Engine.Extraction;

/// <summary>
/// "My back went" is a sudden onset told the way people tell it: the back gave way at one moment ("my lower back went",
/// "my back just went!!", "something in my lower back went SNAP", "my lower back (left side) went and I couldn't stand up").
/// The lexicon's "my back went" reads the plain back but not "my lower back went", whose "lower back" is read as the place,
/// and a longer phrase cannot be listed: "went" is a stop word and most of its uses say something else ("my leg went numb",
/// "it went away", "went down my leg"; "my back went out" counts, "went into spasm" only with "straight"). So "went" counts only
/// right after a back (an aside such as "left side" may stand between), when nothing follows it in its clause or what
/// follows tells the moment or the sound ("just like that", "while I was lifting", "crack"); "went again" is a recurrence
/// and "went badly" an outcome, so neither counts. Only when no other word read the onset.
/// </summary>
internal static class BackWent
{
    private static readonly HashSet<string> Backs = new(StringComparer.Ordinal) { "back", "spine" };

    /// <summary>Words of an aside between the back and "went" ("my lower back (left side) went", "my back just went").</summary>
    private static readonly HashSet<string> Aside = new(StringComparer.Ordinal)
    {
        "left", "right", "side", "area", "l5", "l4", "just", "totally", "completely", "suddenly", "literally", "simply",
    };

    /// <summary>What may follow "went": the moment, the suddenness, or the sound of it.</summary>
    private static readonly HashSet<string> Moment = new(StringComparer.Ordinal)
    {
        "suddenly", "just", "straight", "while", "when", "as", "and", "right", "instantly", "immediately", "like", "at",
        "crack", "crunch", "snap", "click", "crick", "pop", "ping", "twang", "bang", "twinge", "boom", "out",
    };

    /// <summary>The span from the back to "went" at <paramref name="i"/> when it tells the back going, or null.</summary>
    public static (int Start, int End)? Read(List<TextToken> tokens, int i) =>
        tokens[i].Lower == "went" && BackBefore(tokens, i) is { } first && NothingElseAfter(tokens, i) ? (first, i) : null;

    /// <summary>The back's token before "went" at i, with only aside words between, or null.</summary>
    private static int? BackBefore(List<TextToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4 && tokens[k].Sentence == tokens[i].Sentence; k--)
        {
            if (Backs.Contains(tokens[k].Lower))
            {
                return k;
            }

            if (!Aside.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether "went" at i ends its clause or is followed by the moment or the sound, not by where or how it went.</summary>
    private static bool NothingElseAfter(List<TextToken> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Sentence != tokens[i].Sentence || tokens[i + 1].Clause != tokens[i].Clause
            || tokens[i + 1].AfterComma || tokens[i + 1].Start > tokens[i].End + 1)
        {
            return true; // "my lower back went. It's agony", "my lower back went - aching on the left"
        }

        var next = tokens[i + 1].Lower.Trim('\'');
        if (next == "straight")
        {
            return i + 2 >= tokens.Count || tokens[i + 2].Lower is "away" or "into" or "in";
        }

        return Moment.Contains(next);
    }
}
