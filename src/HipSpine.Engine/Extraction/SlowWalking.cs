using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Walking told as slow is difficulty walking or standing: "I can only walk slowly", "moving really slowly", "I'm walking
/// so slow". The lexicon holds "slowly getting around" but not a slow walk, and a bare "slowly" is the onset word (kept off
/// the onset by <see cref="MovingSlowly"/>). Only a slowness told as a limit: "only" before the verb ("can only walk
/// slowly") or a degree word before "slowly" ("really", "very", "so"); "I can walk slowly, sit and lie down" tells what the
/// person can still do, and "walking slow, walking fast" in a list of what hurts is pain on walking. A walk or run slowed on
/// purpose ("I walk slowly to warm up", "I'm building up slowly") is no limit, so a training or warm-up word in the clause
/// leaves it out. Denied, possible, past and someone else's slowness is left to the context frame
/// (<see cref="WordPatternFinding"/>, with the past left out).
/// </summary>
internal static class SlowWalking
{
    private const string Code = "func.difficulty_walking_standing";

    private static readonly HashSet<string> MoveWords = new(StringComparer.Ordinal)
    {
        "walk", "walking", "walks", "move", "moving", "moves",
    };

    /// <summary>Degree words that make the slowness a limit ("really slowly", "so slow").</summary>
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal)
    {
        "really", "very", "so", "super", "extremely", "incredibly", "painfully", "terribly", "sooo", "too",
    };

    /// <summary>Words of a pace chosen on purpose: a warm-up or a training plan is no limit.</summary>
    private static readonly HashSet<string> OnPurpose = new(StringComparer.Ordinal)
    {
        "warm", "build", "building", "built", "ease", "easing", "train", "training", "recovery", "deliberately", "carefully",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions, notInThePast: true);

    /// <summary>The last token of a slow walk told as a limit that starts at i (the verb, or "only" before it), or null.</summary>
    internal static int? Read(List<TextToken> tokens, int i)
    {
        var verb = i;
        var only = false;
        if (tokens[i].Lower == "only" && i + 1 < tokens.Count && tokens[i + 1].Clause == tokens[i].Clause && MoveWords.Contains(tokens[i + 1].Lower))
        {
            verb = i + 1;
            only = true;
        }
        else if (!MoveWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        var k = verb + 1;
        var degree = false;
        while (k < tokens.Count && tokens[k].Segment == tokens[verb].Segment && Degrees.Contains(tokens[k].Lower))
        {
            degree = true;
            k++;
        }

        if (k >= tokens.Count || tokens[k].Segment != tokens[verb].Segment || tokens[k].Lower is not ("slowly" or "slow") || !(only || degree))
        {
            return null;
        }

        var clause = tokens[verb].Clause;
        return tokens.Exists(t => t.Clause == clause && OnPurpose.Contains(t.Lower)) ? null : k;
    }
}
