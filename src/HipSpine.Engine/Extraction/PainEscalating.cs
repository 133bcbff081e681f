namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told to escalate with words between: "The pain low down in my back has kept escalating". The
/// lexicon's "pain kept escalating" (in written order) does not reach over a place told between, and a bare
/// "escalating" is anything ("stress at work kept escalating"), so the pain must be the subject: a word of pain, then within
/// eight words of its clause, with no pause between, "escalating", "escalated" or "escalates". A denial between ("the pain
/// hasn't been escalating") leaves it unread; a denial before it, a past pain and someone else's are the caller's frame.
/// </summary>
internal static class PainEscalating
{
    private static readonly HashSet<string> Escalation = new(StringComparer.Ordinal) { "escalating", "escalated", "escalates", "escalate" };

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "not", "never", "no", "hasn't", "hasnt", "isn't", "isnt", "wasn't", "wasnt", "hadn't", "hadnt", "haven't", "havent", "didn't", "didnt", "stopped",
    };

    /// <summary>The token index of the escalation word when token i is a pain word that is its subject, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!MentionRules.IsPainWord(tokens[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 8 && tokens[k].Clause == tokens[i].Clause && !tokens[k].AfterComma; k++)
        {
            if (Denials.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (Escalation.Contains(tokens[k].Lower))
            {
                return k;
            }
        }

        return null;
    }
}
