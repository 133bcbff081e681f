namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Shaking" or "shakes" that are not the chills or rigors <c>systemic.chills_rigors</c> asks about (round 65, counted over the
/// pool: 4 such readings, all left blank by the writers, none annotated): hands shaking as the person types ("sorry for the
/// spelling im shaking", "im shaking typing this"), a drink ("protein shakes", "a milkshake") and the idiom "can't shake it
/// off". "I'm shaking all over and feel cold", "shaking chills" and "shivering fits, proper shaking" are still read.
/// </summary>
internal static class ShakingInAnotherSense
{
    /// <summary>Words of typing or writing told beside the shaking: the shaking is the hands' as they type.</summary>
    private static readonly HashSet<string> Typing = new(StringComparer.Ordinal)
    {
        "typing", "type", "typed", "writing", "write", "spelling", "typos", "typo",
    };

    /// <summary>Words before "shake(s)" that make it a drink.</summary>
    private static readonly HashSet<string> Drinks = new(StringComparer.Ordinal)
    {
        "protein", "milk", "meal", "diet", "replacement", "banana", "chocolate", "strawberry",
    };

    /// <summary>Whether the chills match is a shaking of the hands as they type, a drink or "shake it off".</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Tokens.Length != 1 || !tokens[match.FirstToken].Lower.StartsWith("shak", StringComparison.Ordinal))
        {
            return false;
        }

        var (at, sentence) = (match.FirstToken, tokens[match.FirstToken].Sentence);
        if (SentenceWords.At(tokens, at + 1, sentence) == "off" || (SentenceWords.At(tokens, at + 1, sentence) is "it" or "this" or "that" && SentenceWords.At(tokens, at + 2, sentence) == "off"))
        {
            return true; // "I can't shake it off"
        }

        if (Drinks.Contains(SentenceWords.At(tokens, at - 1, sentence)) || Drinks.Contains(SentenceWords.At(tokens, at - 2, sentence)))
        {
            return true; // "protein shakes", "(protein) shakes etc"
        }

        for (var k = Math.Max(0, at - 4); k <= at + 4 && k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && Typing.Contains(tokens[k].Lower))
            {
                return true; // "im shaking typing this", "sorry for the spelling im shaking"
            }
        }

        return false;
    }
}
