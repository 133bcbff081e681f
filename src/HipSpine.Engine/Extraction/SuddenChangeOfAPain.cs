namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Suddenly" said of a pain that was already there turning into something else or going ("it suddenly turned into a sharp
/// stabbing pain", "it's suddenly turned into really severe hip pain", "the sciatic pain suddenly left in November") tells a
/// change or an end, not how the pain began (<c>episode.onset</c>, round 70): the verb right after the adverb (or after "just")
/// is one of turning or leaving. All three pooled readings told so are blank for the onset; "suddenly started hurting",
/// "suddenly got a pain" and "suddenly went" (a back going) are read as before, and so is the adjective ("sudden left-sided pain").
/// </summary>
internal static class SuddenChangeOfAPain
{
    /// <summary>Verbs of a pain changing into something or going away.</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "turned", "turns", "turning", "left", "stopped", "stops", "eased", "disappeared", "vanished", "changed", "changes", "cleared",
    };

    /// <summary>Whether an onset match that is the adverb "suddenly" is followed by a verb of change or leaving.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Tokens.Length != 1 || tokens[match.FirstToken].Lower != "suddenly")
        {
            return false;
        }

        var k = match.FirstToken + 1;
        if (k < tokens.Count && tokens[k].Lower == "just")
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Clause != tokens[match.FirstToken].Clause)
        {
            return false;
        }

        return ChangeVerbs.Contains(tokens[k].Lower)
            || (tokens[k].Lower == "went" && k + 1 < tokens.Count && tokens[k + 1].Lower == "away");
    }
}
