namespace HipSpine.Engine.Extraction;

/// <summary>
/// `hx.long_term_steroids` asks about steroid tablets taken for three months or more. A steroid named as a form that is
/// not a tablet taken for months ("3 steroid shots", "a steroid pack", "steroid cream", "a steroid inhaler") or as a
/// treatment handed over once ("urgent care gave me steroids", "I've had steroids, tramadol and physio") is a treatment
/// tried, not a long-term medicine, unless its clause says how long it has been taken ("I've had steroids for years").
/// </summary>
internal static class SteroidGiven
{
    /// <summary>Words right after a steroid that make it an injection, a pack, a cream, an inhaler or a spray.</summary>
    private static readonly HashSet<string> NotATabletTakenForMonths = new(StringComparer.Ordinal)
    {
        "shot", "shots", "injection", "injections", "jab", "jabs", "pack", "packs", "cream", "creams", "ointment", "inhaler", "inhalers",
        "spray", "sprays", "drops", "taper", "burst",
    };

    /// <summary>Verbs of a treatment handed over or tried once, within a few words before the steroid ("gave me", "I've had").</summary>
    private static readonly HashSet<string> GivenOnce = new(StringComparer.Ordinal) { "gave", "given", "had", "tried", "offered" };

    /// <summary>Words that say the steroid has been taken a long time or every day: these keep the reading.</summary>
    private static readonly HashSet<string> LongTermWords = new(StringComparer.Ordinal)
    {
        "long", "years", "year", "months", "since", "daily", "day", "always", "still", "ongoing", "permanently", "constantly",
    };

    public static bool GivenAsATreatmentTried(List<TextToken> tokens, PhraseMatch match)
    {
        var last = match.LastToken;
        if (last + 1 < tokens.Count && tokens[last + 1].Clause == tokens[last].Clause && NotATabletTakenForMonths.Contains(tokens[last + 1].Lower))
        {
            return true;
        }

        var clause = tokens[match.FirstToken].Clause;
        if (tokens.Exists(t => t.Clause == clause && LongTermWords.Contains(t.Lower)))
        {
            return false;
        }

        var given = false;
        for (var k = match.FirstToken - 1; k >= 0 && k >= match.FirstToken - 4 && tokens[k].Clause == clause; k--)
        {
            // A denial ("I've never had steroids") still answers the question: it stays a reading of false.
            if (WordSenses.IsNegation(tokens[k].Lower) || tokens[k].Lower == "t")
            {
                return false;
            }

            given |= GivenOnce.Contains(tokens[k].Lower);
        }

        return given;
    }
}
