namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Fall" as the American autumn is a season, not a fall (<c>hx.fall_or_minor_injury</c>, round 81): "since last fall it's been
/// much worse", "next fall I start college", "the fall of 2019", "fall semester". Read as a season only in forms that cannot be
/// the event: "last" or "next" right before it with no owner or article before them ("since my last fall", "the next fall"
/// are falls), or a year or a school term right after it. "This fall" and "that fall" are left to the other checks: "since
/// that fall I can't walk" is the event.
/// </summary>
internal static class FallAsASeason
{
    /// <summary>Words before "last" or "next" that make the noun after them a fall that happened ("my last fall").</summary>
    private static readonly HashSet<string> Owners = new(StringComparer.Ordinal)
    {
        "my", "his", "her", "their", "our", "your", "the", "a", "that", "this", "one", "another",
    };

    /// <summary>School terms that follow the season ("fall semester").</summary>
    private static readonly HashSet<string> Terms = new(StringComparer.Ordinal) { "semester", "term", "quarter" };

    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        foreach (var k in match.Tokens)
        {
            if (tokens[k].Lower != "fall")
            {
                continue;
            }

            var sentence = tokens[k].Sentence;
            var before = SentenceWords.At(tokens, k - 1, sentence);
            var after = SentenceWords.At(tokens, k + 1, sentence);
            if ((before is "last" or "next" && !Owners.Contains(SentenceWords.At(tokens, k - 2, sentence)))
                || Terms.Contains(after)
                || (after == "of" && NumberWords.IsCalendarYear(SentenceWords.At(tokens, k + 2, sentence))))
            {
                return true;
            }
        }

        return false;
    }
}
