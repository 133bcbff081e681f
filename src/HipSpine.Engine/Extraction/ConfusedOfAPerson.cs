using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Confusion a carer sees is feeling unwell (<c>systemic.unwell</c>): "shes been very confused", "she's confused at times", "he is
/// getting more confused". Round 59, after held-back 56: the writers annotate it so, and the lexicon cannot read it, because its
/// small words are stop words and a phrase comes down to "confused" alone, which also reads puzzlement ("which is what confuses
/// me", "I'm confused about the scan") and a pet ("The dog is very confused"). So only the word "confused" itself, told of
/// "she" or "he" (the patient in a story typed for someone else; otherwise someone else, which the frame leaves out) within
/// four words before it, and not followed by what puzzles ("about", "by", "why", "as to", ...). A denial, a past time, a worry
/// and someone else's confusion are not read.
/// </summary>
internal static class ConfusedOfAPerson
{
    private const string Code = "systemic.unwell";

    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal) { "she", "she's", "shes", "he", "he's", "hes" };

    /// <summary>Words after "confused" that name what puzzles, not a state of mind.</summary>
    private static readonly HashSet<string> Puzzles = new(StringComparer.Ordinal)
    {
        "about", "by", "why", "what", "whether", "as", "with", "over", "how", "because", "which",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower != "confused" || !ToldOfAPerson(tokens, i)
                || (i + 1 < tokens.Count && tokens[i + 1].Segment == tokens[i].Segment && Puzzles.Contains(tokens[i + 1].Lower)))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (!frame.OwnAffirmedNow)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[i].End, false, MentionContext.Current, true));
            return;
        }
    }

    private static bool ToldOfAPerson(List<TextToken> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4 && tokens[k].Segment == tokens[i].Segment; k--)
        {
            if (Persons.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
