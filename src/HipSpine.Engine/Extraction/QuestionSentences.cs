namespace HipSpine.Engine.Extraction;

/// <summary>Which sentences ask rather than tell: every mention in them is a possibility (ConText's hypothetical).</summary>
internal static class QuestionSentences
{
    /// <summary>
    /// For each sentence, whether it ends with a question mark, or opens like a question ("do I need antibiotics"): what a
    /// person asks about ("Is this a slipped disc?", "How worried should I be?") is a possibility they raise, not something
    /// they report (ConText's hypothetical).
    /// </summary>
    private static bool[] Of(List<TextToken> tokens, string text)
    {
        var count = tokens.Count == 0 ? 0 : tokens[^1].Sentence + 1;
        var asks = new bool[count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[i].Sentence)
            {
                continue;
            }

            var gapEnd = i + 1 < tokens.Count ? tokens[i + 1].Start : text.Length;
            // a question mark closing a bracketed aside ("(maybe 6 wks?).") asks only the aside
            for (var k = tokens[i].End; k < gapEnd && !asks[tokens[i].Sentence]; k++)
            {
                asks[tokens[i].Sentence] = text[k] == '?' && !Tokenizer.ClosesAnAside(text, k);
            }
        }

        // A question typed without its mark still asks: it opens with a verb and then its subject ("do I need antibiotics").
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence) && tokens[i + 1].Sentence == tokens[i].Sentence
                && tokens[i].Lower is "do" or "does" or "should" or "could" or "can" or "is" or "will" or "would" or "am" or "might"
                && tokens[i + 1].Lower is "i" or "it" or "this" or "that")
            {
                asks[tokens[i].Sentence] = true;
            }
        }

        return asks;
    }

    /// <summary>Words a question opens with ("could this be a disc?", "what should I do?").</summary>
    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "would", "will", "am", "might", "shall", "has", "have",
        "what", "what's", "whats", "how", "why", "when", "where", "who", "which",
    };

    /// <summary>Words a telling sentence opens with: the person, their body, or now ("I've had ...", "Now it's a constant ache").</summary>
    private static readonly HashSet<string> StatementOpeners = new(StringComparer.Ordinal)
    {
        "i", "i've", "ive", "i'm", "im", "my", "now", "it's", "its", "lately",
    };

    /// <summary>
    /// A statement closed by two or more question marks is disbelief, not a question: "I've had lower back pain for a year ...,
    /// everyone has back trouble right??", "Now it's a constant ache, worse when I rest and better when I exercise??". It
    /// still tells when it opens with the person, their body or "now" and no part of it opens like a question ("I had a stone
    /// years ago, could this be another??" still asks).
    /// </summary>
    private static void DisbeliefTells(List<TextToken> tokens, string text, bool[] asked)
    {
        for (var first = 0; first < tokens.Count; first++)
        {
            if (!asked[first] || (first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence) || !StatementOpeners.Contains(tokens[first].Lower))
            {
                continue;
            }

            var last = first;
            var asks = false;
            while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[first].Sentence)
            {
                last++;
                asks |= tokens[last].Segment != tokens[last - 1].Segment && QuestionOpeners.Contains(tokens[last].Lower);
            }

            var gapEnd = last + 1 < tokens.Count ? tokens[last + 1].Start : text.Length;
            if (!asks && text.AsSpan(tokens[last].End, gapEnd - tokens[last].End).Contains("??".AsSpan(), StringComparison.Ordinal))
            {
                for (var j = first; j <= last; j++)
                {
                    asked[j] = false;
                }
            }
        }
    }

    /// <summary>
    /// For each token, whether it asks: its sentence asks (<see cref="Of"/>), or it stands in a bracketed aside that closes
    /// with a question mark ("my back has hurt for weeks (cancer?)", "(maybe 6 wks?)"): the aside raises a possibility, while
    /// the sentence around it still tells.
    /// </summary>
    public static bool[] AskedTokens(List<TextToken> tokens, string text)
    {
        var asks = Of(tokens, text);
        var asked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            asked[i] = asks[tokens[i].Sentence];
        }

        DisbeliefTells(tokens, text, asked);

        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] != '?' || !Tokenizer.ClosesAnAside(text, k))
            {
                continue;
            }

            var open = text.LastIndexOf('(', k);
            for (var i = 0; i < tokens.Count; i++)
            {
                asked[i] |= open >= 0 && tokens[i].Start > open && tokens[i].End <= k;
            }
        }

        return asked;
    }
}
