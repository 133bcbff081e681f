namespace HipSpine.Engine.Extraction;

/// <summary>
/// Where a new statement starts inside a clause: a new subject after a comma ("..., I'm walking funny") or
/// "and" followed by a subject ("back pain and my leg..."). A lexicon phrase never spans one, and a trigger's
/// reach ends at one (<see cref="ContextAnnotator"/>).
/// </summary>
internal static class ScopeBreaks
{
    /// <summary>The words that, after "and", start a new statement ("and it", "and my"): ConText's "and ..." terminations.</summary>
    private static readonly HashSet<string> AfterAnd = ContextTriggers.Termination
        .Where(t => t.StartsWith("and ", StringComparison.Ordinal) && t.Split(' ').Length == 2)
        .Select(t => t.Split(' ')[1])
        .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NewSubject = new(ContextTriggers.NewSubject, StringComparer.Ordinal);

    /// <summary>True where token i starts a new statement.</summary>
    public static bool StartsStatement(List<TextToken> tokens, int i) =>
        (tokens[i].AfterComma && NewSubject.Contains(tokens[i].Lower))
        || (tokens[i].Lower == "and" && i + 1 < tokens.Count && tokens[i + 1].Clause == tokens[i].Clause && AfterAnd.Contains(tokens[i + 1].Lower));

    /// <summary>For each token, how many statement starts there are up to and including it: two tokens are in one statement when the counts agree.</summary>
    public static int[] Count(List<TextToken> tokens)
    {
        var counts = new int[tokens.Count];
        var running = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (StartsStatement(tokens, i))
            {
                running++;
            }

            counts[i] = running;
        }

        return counts;
    }
}
