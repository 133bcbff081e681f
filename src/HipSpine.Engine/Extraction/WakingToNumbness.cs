namespace HipSpine.Engine.Extraction;

/// <summary>
/// Waking to a leg gone numb or weak is a new symptom, not how the pain began: "this morning I woke up and both legs feel
/// weak", "Woke up this morning and my right leg is numb from the knee down" come later in a story whose pain began before,
/// and the writers leave the onset blank there. A waking read as a sudden onset ("woke up with") is left out when its
/// sentence names numbness, weakness or tingling and no word of pain; "I woke up with a stabbing pain and a numb foot" still
/// tells the onset.
/// </summary>
internal static class WakingToNumbness
{
    private static readonly string[] NonPainPrefixes = ["numb", "weak", "tingl", "pins"];

    /// <summary>Whether the onset phrase matched is a waking whose sentence tells only of numbness or weakness.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (!match.Tokens.Any(k => tokens[k].Lower is "woke" or "woken" or "wake" or "waking"))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        var nonPain = false;
        foreach (var token in tokens.Where(t => t.Sentence == sentence))
        {
            if (SymptomKinds.SaysItHurts(token.Lower) || MentionRules.IsPainWord(token.Lower))
            {
                return false;
            }

            nonPain |= WordPrefixes.StartsWithAny(token.Lower, NonPainPrefixes);
        }

        return nonPain;
    }
}
