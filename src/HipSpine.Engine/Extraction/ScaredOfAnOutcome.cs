using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fear of what the pain means or where it leads is a worry (<c>psych.worry_catastrophizing</c>): "I'm scared it's
/// something in my spine", "terrified I'm going to end up in a chair", "frightened I won't walk again". The lexicon reads
/// "really worried" and the like; "scared", "terrified", "frightened" and "petrified" were never read, and writers annotate
/// them as a worry only when a clause of the feared outcome follows at once (round 29, over the spent folders). Alone ("I'm
/// so scared."), of a thing ("scared of the op", "terrified of escalators"), of moving ("frightened to get up": fear of
/// movement) or of a fall ("frightened I'll fall") they were left out, so only a following "it's", "this", "I'm", "I've",
/// "I won't" and the like count, and not in the past ("was scared it was that again"). What is feared stays a hypothetical:
/// this reads the worry only, never the illness named after it.
/// </summary>
internal static class ScaredOfAnOutcome
{
    private const string Code = "psych.worry_catastrophizing";

    private static readonly HashSet<string> Fear = new(StringComparer.Ordinal) { "scared", "terrified", "frightened", "petrified" };

    /// <summary>First words of a clause telling what the pain is or will do.</summary>
    private static readonly HashSet<string> Subject = new(StringComparer.Ordinal)
    {
        "it's", "its", "it", "this", "that", "i'm", "im", "i've", "ive", "i'd",
    };

    /// <summary>What may follow a bare "I" for the clause to tell an outcome ("I won't be able to walk", "I have a tumour").</summary>
    private static readonly HashSet<string> AfterI = new(StringComparer.Ordinal)
    {
        "won't", "wont", "will", "might", "could", "may", "have", "am", "need", "gonna", "never",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Fear.Contains(tokens[i].Lower) || (i > 0 && tokens[i - 1].Lower is "was" or "were" or "wasn't" or "not")
                || OutcomeClause(tokens, i + 1) is not { } end)
            {
                continue;
            }

            // the fear word is itself a trigger of a hypothetical, so only a denial or another person keeps it from the writer
            var frame = context.Frame(i, i);
            if (frame.Negated || frame.AboutSomeoneElse)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The last token of the outcome clause's opening after a fear word ("that" may stand first), or null.</summary>
    private static int? OutcomeClause(List<TextToken> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Lower == "that" && k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Sentence != tokens[k - 1].Sentence)
        {
            return null;
        }

        if (Subject.Contains(tokens[k].Lower))
        {
            return k;
        }

        return tokens[k].Lower == "i" && k + 1 < tokens.Count && AfterI.Contains(tokens[k + 1].Lower) ? k + 1 : null;
    }
}
