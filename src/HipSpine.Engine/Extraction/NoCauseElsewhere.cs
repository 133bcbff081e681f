using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "For no reason", "out of the blue", "nothing happened" deny an injury when they are said of the pain; said of another
/// complaint ("I'm tired all the time for no obvious reason", "then got a rash out of the blue", "had to pee but nothing
/// happened") they tell nothing about a fall or a knock.
/// </summary>
internal static class NoCauseElsewhere
{
    /// <summary>Words of a phrase that gives no cause (the phrase's other words are "for", "out", "of", "the").</summary>
    private static readonly HashSet<string> NoCauseWords = new(StringComparer.Ordinal) { "reason", "nowhere", "blue", "happened", "cause" };

    /// <summary>Complaints other than pain, told by word beginnings.</summary>
    private static readonly string[] OtherComplaints =
        ["tired", "exhaust", "numb", "tingl", "weak", "dizz", "faint", "rash", "psoria", "eczema", "fever", "temperature", "cough", "vomit", "sick", "diarrh", "itch"];

    /// <summary>Whether a no-cause denial's statement names another complaint and nothing that hurts.</summary>
    public static bool SaidOfAnotherComplaint(List<TextToken> tokens, PhraseMatch match)
    {
        if (match.Phrase.Value != "false" || !match.Tokens.Any(k => NoCauseWords.Contains(tokens[k].Lower)))
        {
            return false;
        }

        // The phrase's statement, and the one before it when this one opens with "but" or "and" with no comma ("I had to
        // pee but nothing happened"); after a comma it is a new statement ("an ache that won't shift, and I'm tired ...").
        var first = match.FirstToken;
        var (from, to) = SymptomKinds.StatementAround(tokens, first);
        if (tokens[from].Lower is "but" or "and" && !tokens[from].AfterComma && from > 0 && tokens[from - 1].Sentence == tokens[first].Sentence)
        {
            from = SymptomKinds.StatementAround(tokens, from - 1).From;
        }

        var other = false;
        for (var k = from; k <= to; k++)
        {
            var word = tokens[k].Lower;
            if (SymptomKinds.SaysItHurts(word))
            {
                return false;
            }

            other |= StartsWithAny(word, OtherComplaints) || WordSenses.IsAContinenceWord(word);
        }

        return other;
    }
}
