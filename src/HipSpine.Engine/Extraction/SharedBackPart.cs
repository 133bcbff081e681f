using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two parts of the back sharing one noun: "the middle and lower part of my back", "my mid and low back". The phrase
/// matcher reads the part that stands next to "back" (the low back); the first part names the middle or upper back too.
/// </summary>
internal static class SharedBackPart
{
    private const string Code = "where.mid_upper_back";

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("middle" or "mid" or "upper") || tokens[i + 1].Lower is not ("and" or "&") || tokens[i + 2].Lower is not ("lower" or "low")
                || BackAfter(tokens, i + 2) is not { } back)
            {
                continue;
            }

            var frame = context.Frame(i, back);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[back].End, false, frame.Historical ? MentionContext.Historical : MentionContext.Current, true));
            return;
        }
    }

    /// <summary>"back" right after the shared word or after "part(s) of my/the", in its clause.</summary>
    private static int? BackAfter(List<TextToken> tokens, int low)
    {
        for (var k = low + 1; k < tokens.Count && k <= low + 4 && tokens[k].Clause == tokens[low].Clause; k++)
        {
            if (tokens[k].Lower is "back" or "backs" or "back's")
            {
                return k;
            }

            if (tokens[k].Lower is not ("part" or "parts" or "of" or "my" or "the" or "his" or "her"))
            {
                return null;
            }
        }

        return null;
    }
}
