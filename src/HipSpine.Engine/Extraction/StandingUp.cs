namespace HipSpine.Engine.Extraction;

/// <summary>
/// Not being able to stand up, or to straighten up, is difficulty standing (<c>func.difficulty_walking_standing</c>):
/// "couldn't even stand up", "I cant stand up on my own", "I can't stand upright for long", "I couldn't straighten up". The
/// lexicon holds "hard to stand" and "can barely stand", but "stand" after a bare "can't" is mostly the idiom ("I can't
/// stand it", "couldn't stand the light"), so only the rising is read here: "stand" with "up" or "upright"
/// after it, or "straighten" (not "straighten my leg"). "Can't stand up straight" is read too: six of nine spent
/// stories that say it annotate this finding. "I can't
/// stand up or walk at all" is a list left to
/// <see cref="GettingAround"/>, which reads it as not bearing weight.
/// </summary>
internal static class StandingUp
{
    private static readonly HashSet<string> InabilityCues = new(StringComparer.Ordinal)
    {
        "can't", "cant", "cannot", "couldn't", "couldnt", "barely", "hardly", "unable",
    };

    /// <summary>Words that may stand between the inability and the verb ("can't even stand up", "unable to stand up").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "even", "literally", "really", "properly", "just", "to", "fully", "quite", "actually", "not",
    };

    private static readonly HashSet<string> Upright = new(StringComparer.Ordinal) { "up", "upright" };

    /// <summary>The last token of "can't (even) stand up" or "can't straighten up" starting at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!InabilityCues.Contains(tokens[i].Lower))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 3 && Between.Contains(tokens[k].Lower) && SameClause(tokens, i, k))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !SameClause(tokens, i, k))
        {
            return k < tokens.Count && SameClause(tokens, i, k) && tokens[k].Lower == "straighten" ? k : null;
        }

        var verb = tokens[k].Lower;
        var next = SameClause(tokens, i, k + 1) ? tokens[k + 1].Lower : "";
        if (verb == "straighten")
        {
            return next is "" or "up" or "again" or "out" ? (next == "" ? k : k + 1) : null;
        }

        if (verb != "stand" || !Upright.Contains(next))
        {
            return null;
        }

        // "can't stand up straight": the span takes "straight" too (six of nine spent stories annotate it as difficulty standing)
        var straight = k + 2 < tokens.Count && SameClause(tokens, i, k + 2) && tokens[k + 2].Lower == "straight";
        return WalkingListed(tokens, k + 1) ? null : straight ? k + 2 : k + 1;
    }

    /// <summary>
    /// The last token of "I can't (even) stand up" told now and left bare, or with walking or "at all" after it ("I cant even
    /// stand up.", "I can't stand up or walk at all now"), at i, or null: not bearing weight (<c>func.cannot_bear_weight</c>,
    /// round 58), which five spent stories that say it annotate, and one leaves blank. Not "couldn't stand up" (a moment when it
    /// began: six of seven spent stories leave it blank), nor "stand up straight", "for long", "properly", "on my own": a
    /// difficulty, read by <see cref="Read"/>.
    /// </summary>
    public static int? CannotStandUpNow(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("can't" or "cant" or "cannot"))
        {
            return null;
        }

        var k = i + 1;
        while (k < tokens.Count && k <= i + 2 && tokens[k].Lower is "even" or "literally" or "just" or "really" && SameClause(tokens, i, k))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || tokens[k].Lower != "stand" || tokens[k + 1].Lower != "up" || !SameClause(tokens, i, k + 1))
        {
            return null;
        }

        string Next(int n) => k + 1 + n < tokens.Count && tokens[k + 1 + n].Segment == tokens[k + 1].Segment ? tokens[k + 1 + n].Lower : "";
        return (Next(1), Next(2)) is ("", _) or ("at", "all") or ("now" or "anymore", _) || WalkingListed(tokens, k + 1) ? k + 1 : null;
    }

    /// <summary>Whether walking follows in a list ("stand up or walk"), which <see cref="GettingAround"/> reads.</summary>
    private static bool WalkingListed(List<TextToken> tokens, int last) =>
        last + 2 < tokens.Count && SameClause(tokens, last, last + 2) && tokens[last + 1].Lower is "or" or "and" or "nor"
            && tokens[last + 2].Lower is "walk" or "walking";

    private static bool SameClause(List<TextToken> tokens, int a, int b) =>
        b < tokens.Count && tokens[a].Clause == tokens[b].Clause && !(b > a && tokens[b].AfterComma && b == a + 1);
}
