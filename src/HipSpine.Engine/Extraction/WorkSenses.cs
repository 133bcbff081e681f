namespace HipSpine.Engine.Extraction;

/// <summary>
/// Work missed ("can't work", "off work") tells of a person who cannot get about; "work out" is exercise ("can't work
/// out or ride my bike"), and "off" and "work" apart are two words ("it eases off once I'm at work": the pain easing).
/// </summary>
internal static class WorkSenses
{
    private static readonly HashSet<string> CannotWords = new(StringComparer.Ordinal) { "can't", "cant", "cannot", "couldn't", "couldnt" };

    /// <summary>Whether a match naming work is exercise or the words "off" and "work" in other senses.</summary>
    public static bool NotWorkMissed(List<TextToken> tokens, PhraseMatch match)
    {
        var work = Array.FindIndex(match.Tokens, k => tokens[k].Lower is "work" or "working");
        if (work < 0)
        {
            return false;
        }

        var at = match.Tokens[work];
        if (at + 1 < tokens.Count && tokens[at + 1].Clause == tokens[at].Clause && tokens[at + 1].Lower == "out")
        {
            return true;
        }

        // Round 71: "can't work" read out of order or over a place is another sense: "I need to get back to work, can't take
        // any more leave" (the "can't" after "work" is of something else) and "can't concentrate at work" ("at work" is where).
        if (match.Tokens.Any(k => k > at && CannotWords.Contains(tokens[k].Lower))
            || (at > 0 && tokens[at - 1].Lower == "at" && match.Tokens.Any(k => k < at && CannotWords.Contains(tokens[k].Lower))))
        {
            return true;
        }

        // "off work" is read only as written: "off" right before "work".
        var off = Array.FindIndex(match.Tokens, k => tokens[k].Lower == "off");
        return off >= 0 && match.Tokens[off] != at - 1;
    }
}
