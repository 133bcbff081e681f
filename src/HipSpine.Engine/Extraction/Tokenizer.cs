namespace HipSpine.Engine.Extraction;

/// <summary>
/// Splits text into word tokens with offsets, and into clauses: a sentence end (. ! ? ; newline) or a
/// conjunction that turns the sense ("but", "however", "although", "except", "apart from") starts a new one.
/// A comma does not end a clause (lists such as "no numbness, tingling or weakness" share one negation);
/// it is remembered on the next token so that a new subject after it can end a negation's scope.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> TurningWords = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "except", "whereas", "yet", "otherwise", "whilst", "while",
    };

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 4);
        var clause = 0;
        var segment = 0;
        var sentence = 0;
        var afterComma = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                var lower = Normalise(text.AsSpan(start, i - start));
                if (TurningWords.Contains(lower) && tokens.Count > 0 && tokens[^1].Clause == clause && !IsNounWhile(lower, tokens[^1].Lower))
                {
                    clause++;
                }

                if (tokens.Count > 0 && (afterComma || tokens[^1].Clause != clause))
                {
                    segment++;
                }

                tokens.Add(new TextToken(start, i, lower, Stemmer.Stem(lower), clause, afterComma, segment, sentence));
                afterComma = false;
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or '\n' or ':' && !(c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])) && !ClosesAnAside(text, i))
            {
                if (tokens.Count > 0 && tokens[^1].Clause == clause)
                {
                    clause++;
                }

                if (tokens.Count > 0 && tokens[^1].Sentence == sentence)
                {
                    sentence++;
                }

                afterComma = false;
            }
            else if ((c is ',' or '(' or ')' or '\u2013' or '\u2014') || (c == '-' && !IsInnerHyphen(text, i)))
            {
                afterComma = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>
    /// "For a while", "a short while", "once in a while": after an article or an adjective of length "while" is a span
    /// of time, not a turn, so "physio only helped for a short while" stays one clause.
    /// </summary>
    private static bool IsNounWhile(string lower, string previous) =>
        lower == "while" && previous is "a" or "short" or "little" or "long" or "good" or "whole" or "great";

    /// <summary>Whether token i is "while" as a span of time ("for a while"), not a condition or a turn.</summary>
    public static bool IsNounWhile(List<TextToken> tokens, int i) => i > 0 && IsNounWhile(tokens[i].Lower, tokens[i - 1].Lower);

    /// <summary>Lower case with curly apostrophes made straight ("can’t" is "can't"), texting spellings made standard ("outta" is "out").</summary>
    private static string Normalise(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            var ch = word[k];
            buffer[k] = ch is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(ch);
        }

        return InformalSpelling.Standard(new string(buffer));
    }

    /// <summary>
    /// Whether the mark at i is a question or an exclamation closing a bracketed aside ("came on suddenly a few weeks ago
    /// (maybe 6 wks?)", "shooting pain down my leg (sciatica?), my foot drags"): it asks or exclaims only the aside, so the
    /// sentence goes on; the bracket is a pause.
    /// </summary>
    public static bool ClosesAnAside(string text, int i)
    {
        if (text[i] is not ('?' or '!'))
        {
            return false;
        }

        var k = i + 1;
        while (k < text.Length && text[k] is '?' or '!' or ' ')
        {
            k++;
        }

        return k < text.Length && text[k] == ')';
    }

    // "mid-back", "weight-bearing", "x-ray": a hyphen inside a word is no pause.
    private static bool IsInnerHyphen(string text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    // "7/10" and "3.5" stay one token; the parsers read them.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '/' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]);
}
