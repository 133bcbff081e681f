using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Walking hurts" told now is difficulty walking or standing (<c>func.difficulty_walking_standing</c>, round 64) as well as
/// worse walking (the lexicon). Over the spent stories the writers annotate difficulty walking beside "walking hurts" (or
/// "standing and walking both hurt") in 9 of 10 stories, five of them unread: the lexicon phrase could not give both,
/// since "hurts to walk" and "hurts when I walk" share its stems and are annotated as often blank as not, and its window
/// reached "walking started to hurt" and "walking it hurts", which the writers left blank. So "walking" directly before
/// "hurts" (a softener such as "really", "still", "also", "even", "just" may stand between), or "walking both hurt", in
/// the present, the person's own, not denied, dated or a worry ("walking hurt" in the past is a moment told).
/// </summary>
internal static class WalkingHurts
{
    private const string Code = "func.difficulty_walking_standing";

    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal)
    {
        "really", "still", "also", "even", "just", "now", "so", "too",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions, notInThePast: true);

    /// <summary>The token of "hurts" (or "hurt" after "both") when "walking" at i says that walking hurts now.</summary>
    internal static int? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "walking")
        {
            return null;
        }

        var k = i + 1;
        if (k < tokens.Count && Softeners.Contains(tokens[k].Lower) && tokens[k].Clause == tokens[i].Clause)
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Clause != tokens[i].Clause)
        {
            return null;
        }

        if (tokens[k].Lower == "hurts")
        {
            return k;
        }

        // "Standing and walking both hurt"
        return tokens[k].Lower == "both" && k + 1 < tokens.Count && tokens[k + 1].Lower == "hurt" && tokens[k + 1].Clause == tokens[i].Clause
            ? k + 1
            : null;
    }
}
