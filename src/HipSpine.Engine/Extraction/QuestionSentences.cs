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
