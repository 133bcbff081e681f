namespace HipSpine.Engine.Extraction;

/// <summary>
/// "It crept up", "it crept in", "it crept up on me" (<c>episode.onset</c> "gradual", round 67): the past of creeping, with
/// "it", "this" or "that" for its subject, tells how the pain came on, though its clause names no symptom ("It crept up over
/// several years", "it crept up on me maybe a year ago"). The onset check asks for a symptom word or a verb of beginning in the
/// clause, so that "I suddenly ramped up my running" is not an onset, and a pain told by a pronoun was left unread. Over the pool the writers annotate a gradual onset in the ten stories that tell "it crept up" or "it crept
/// in" of the pain (three of them missed before, held-back 10 SN_021, 35 TK_001, 40 TP_015); the eleventh tells it of a numb
/// buttock (held-back 32 TH_019, read before by its symptom word). Only the past: "it keeps creeping up" and "it creeps up to
/// a 2 by evening" tell what the pain does (<see cref="CreepingAsAHabit"/>).
/// </summary>
internal static class PainCreptIn
{
    /// <summary>Small words that may stand between the subject and "crept" ("it has just slowly crept up").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "just", "has", "had", "have", "slowly", "gradually", "really", "kind", "sort", "of", "then", "sorta", "kinda",
    };

    /// <summary>True when the match is "crept up" or "crept in" and its subject, within its comma-bounded part, is "it", "this" or "that".</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (tokens[first].Lower is not ("crept" or "creeped"))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && tokens[k].Segment == tokens[first].Segment; k--)
        {
            if (!Between.Contains(tokens[k].Lower))
            {
                return tokens[k].Lower is "it" or "it's" or "its" or "this" or "that";
            }
        }

        return false;
    }
}
