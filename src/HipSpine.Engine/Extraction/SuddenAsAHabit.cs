namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Sudden" that tells what the pain does again and again, not how it began: an adjective before a plural of events
/// ("sudden jolts like electric shocks", "sharp sudden pains low in my back") or an adverb before a verb in the present
/// simple ("my knee suddenly gives way", "then suddenly there are stretches with no pain"). One onset is one event told in
/// the past ("I got a sudden pain", "it suddenly started hurting"); a plural or a habit describes the pain's character.
/// </summary>
internal static class SuddenAsAHabit
{
    /// <summary>Plurals of a symptom event: each is one of many, so "sudden" before them is their character.</summary>
    private static readonly HashSet<string> EventPlurals = new(StringComparer.Ordinal)
    {
        "jolts", "pains", "shocks", "twinges", "stabs", "jabs", "spasms", "zaps", "bursts", "shoots", "twists", "movements",
        "moves", "jerks", "spikes", "flashes", "cramps",
    };

    /// <summary>Words ending in "s" after "suddenly" that are not a verb in the present simple ("suddenly has started" is the perfect).</summary>
    private static readonly HashSet<string> NotPresentSimple = new(StringComparer.Ordinal)
    {
        "has", "was", "is", "this", "his", "as", "us", "its", "it's", "yes", "less", "across", "towards", "afterwards", "comes",
    };

    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.FirstToken != match.LastToken)
        {
            return false;
        }

        var at = match.LastToken;
        var word = tokens[at].Lower;
        if (at + 1 >= tokens.Count || tokens[at + 1].Segment != tokens[at].Segment)
        {
            return false;
        }

        var next = tokens[at + 1].Lower;
        if (word == "sudden")
        {
            // "sudden sharp pains": one describing word may stand between.
            var noun = next == "sharp" && at + 2 < tokens.Count && tokens[at + 2].Segment == tokens[at].Segment ? tokens[at + 2].Lower : next;
            return noun != "sharp" && EventPlurals.Contains(noun);
        }

        if (word != "suddenly")
        {
            return false;
        }

        if (next == "there" && at + 2 < tokens.Count && tokens[at + 2].Lower is "are" or "is")
        {
            return true;
        }

        return next.Length > 3 && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal) && !next.EndsWith("'s", StringComparison.Ordinal)
            && !next.EndsWith("ous", StringComparison.Ordinal) && !NotPresentSimple.Contains(next);
    }
}
