namespace HipSpine.Engine.Extraction;

/// <summary>
/// "A turn for the worse" (<c>episode.worsening</c>, round 66) only as the idiom, written word for word. The matcher drops
/// "for" and "the" and reads the stems in order, so without this check "when I turn to the left the pain is worse" or
/// "turning over makes it worse" would read as the course getting worse; those tell what aggravates the pain.
/// </summary>
internal static class TurnForTheWorse
{
    /// <summary>True when the match is the "turn for the worse" phrase but its words are not written together.</summary>
    public static bool NotTheIdiom(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Phrase.Text != "turn for the worse")
        {
            return false;
        }

        var first = match.FirstToken;
        return !(first + 3 < tokens.Count && tokens[first].Lower.StartsWith("turn", StringComparison.Ordinal)
            && tokens[first + 1].Lower == "for" && tokens[first + 2].Lower == "the" && tokens[first + 3].Lower == "worse"
            && tokens[first + 3].Sentence == tokens[first].Sentence);
    }
}
