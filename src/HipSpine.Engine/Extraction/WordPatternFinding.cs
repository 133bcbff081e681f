using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Adds a finding read by a word pattern rather than a lexicon phrase (its words are stop words or too common): the first
/// match told of the person themself, not denied and not a worry, unless the lexicon already counted the finding.
/// <c>read</c> gives the last token of a match that starts at token i, or null. <c>ownEvenWithAnotherSubject</c> is for a
/// pattern that names the person as its object ("had to carry me"): another person is its subject, so the context frame
/// calls it someone else's, yet the words tell of the person. <c>notInThePast</c> is for a pattern of the present course
/// ("helps for a bit but it keeps coming back"), which an earlier episode's care does not tell. <c>evenWhenAsked</c> is for a
/// pattern whose words presuppose what they tell even in a question or a guess ("is it the same thing again??").
/// </summary>
internal static class WordPatternFinding
{
    public static void AddFirst(
        string code,
        Func<List<TextToken>, int, int?> read,
        List<TextToken> tokens,
        ContextAnnotator context,
        ContractVocabulary vocabulary,
        List<ExtractedMention> mentions,
        bool ownEvenWithAnotherSubject = false,
        bool notInThePast = false,
        bool evenWhenAsked = false)
    {
        if (vocabulary.FindFinding(code) is not { } finding || mentions.Any(m => m.Code == code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (read(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(i, end);
            if (frame.Negated || (frame.Hypothetical && !evenWhenAsked) || (frame.AboutSomeoneElse && !ownEvenWithAnotherSubject) || (notInThePast && frame.Historical))
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }
}
