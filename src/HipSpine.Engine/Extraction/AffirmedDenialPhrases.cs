namespace HipSpine.Engine.Extraction;

/// <summary>
/// The phrases of a text and its context (negation, history, someone else). A phrase that reads only a denial ("pain down
/// my leg" in "no pain down my leg") but stands affirmed reads nothing, so it must not keep the words of a body site it
/// overlaps ("pain down both legs" is both legs): such words are matched again for body sites only.
/// </summary>
internal static class AffirmedDenialPhrases
{
    public static (List<PhraseMatch> Matches, ContextAnnotator Context) Settle(string text, List<TextToken> tokens, string[] stems, Lexicon lexicon)
    {
        var matches = PhraseMatcher.Match(tokens, stems, lexicon);
        var context = Annotate(text, tokens, matches);
        var affirmedDenials = matches.Where(m => m.Phrase.OnlyWhenDenied && !context.Frame(m.FirstToken, m.LastToken).Negated && context.NegationInside(m.Tokens) < 0).ToList();
        if (affirmedDenials.Count == 0)
        {
            return (matches, context);
        }

        var taken = matches.Except(affirmedDenials).SelectMany(m => m.Tokens).ToHashSet();
        var sites = PhraseMatcher.Match(tokens, stems, lexicon, affirmedDenials.Select(m => (m.Phrase, m.FirstToken)).ToHashSet())
            .Where(m => m.Phrase.IsBodySite && !m.Tokens.Any(taken.Contains)).ToList();
        if (sites.Count == 0)
        {
            return (matches, context);
        }

        matches = [.. matches.Except(affirmedDenials).Concat(sites).OrderBy(m => m.FirstToken)];
        return (matches, Annotate(text, tokens, matches));
    }

    private static ContextAnnotator Annotate(string text, List<TextToken> tokens, List<PhraseMatch> matches)
    {
        var inPhrase = new bool[tokens.Count];
        foreach (var t in matches.SelectMany(m => m.Tokens))
        {
            inPhrase[t] = true;
        }

        return new ContextAnnotator(tokens, inPhrase, text);
    }
}
