using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Holding on to something to walk or stand is difficulty walking or standing (<c>func.difficulty_walking_standing</c>, round
/// 57): "I was walking along holding onto the walls", "I have to hold onto the desks to walk round", "I have to grab the
/// handrail to get up the stairs", "I hold onto the bed to move and for the first steps I'm not sure I'll stay standing".
/// Eleven of the pool's stories told it and were annotated so, none read (one more, leaning on a counter to stand, was left
/// blank and was read already from other words); no lexicon phrase holds it, since the support and the walking are told
/// apart with other words between. So a verb of holding ("hold on to", "hang onto", "grab", "lean on", "cling to") with a
/// support after it (a wall, a rail, furniture, "something", a person) counts in a sentence that speaks of walking, standing,
/// steps or stairs, for the person themself, not denied ("I can walk without holding on") nor a worry; "lean on one elbow"
/// names no support, a hand out in a fall and leaning forward to ease the pain are not getting about.
/// </summary>
internal static class HoldingOnToGetAbout
{
    private const string Code = "func.difficulty_walking_standing";

    private static readonly HashSet<string> HoldVerbs = new(StringComparer.Ordinal)
    {
        "hold", "holds", "holding", "held", "hang", "hangs", "hanging", "hung", "grab", "grabs", "grabbing", "grabbed", "lean", "leans",
        "leaning", "leant", "leaned", "cling", "clings", "clinging", "clung",
    };

    /// <summary>What is held: furniture, a rail, a wall, "something", a person.</summary>
    private static readonly HashSet<string> Supports = new(StringComparer.Ordinal)
    {
        "wall", "walls", "handrail", "handrails", "rail", "rails", "railing", "railings", "banister", "banisters", "bannister", "bannisters",
        "furniture", "desk", "desks", "counter", "counters", "worktop", "worktops", "table", "tables", "chair", "chairs", "door", "doors",
        "doorframe", "bed", "handhold", "handholds", "post", "posts", "something", "anything", "things", "everything", "husband", "wife",
        "partner", "someone", "somebody", "sink", "sofa", "couch",
    };

    /// <summary>Words of walking or standing in the sentence ("walk", "walking", "standing", "steps", "stairs"; "get about" below).</summary>
    private static readonly string[] GettingAboutPrefixes = ["walk", "stand", "stood", "step", "stair", "upright"];

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions);

    /// <summary>The support's token when a verb of holding at i takes a support and its sentence speaks of walking or standing.</summary>
    internal static int? Read(List<TextToken> tokens, int i)
    {
        if (!HoldVerbs.Contains(tokens[i].Lower))
        {
            return null;
        }

        int? support = null;
        for (var k = i + 1; k < tokens.Count && k <= i + 5 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (Supports.Contains(tokens[k].Lower))
            {
                support = k;
                break;
            }
        }

        // the verb must take the support with "on", "onto", "to" or directly ("grab the handrail"), within its words
        if (support is not { } s || !(tokens[i].Lower.StartsWith("grab", StringComparison.Ordinal) || HasParticle(tokens, i, s)))
        {
            return null;
        }

        // "leaning forward on something to take the pressure off" is a posture that eases the pain, not support to get about
        if (i + 1 < tokens.Count && tokens[i + 1].Lower is "forward" or "forwards" or "over" or "back" or "backwards")
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        var gettingAbout = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence || k == i)
            {
                continue;
            }

            // "lost my balance, grabbed a chair and went down": a hand out in a fall, told by the fall itself
            if (FallWords.Contains(tokens[k].Lower))
            {
                return null;
            }

            gettingAbout |= WordPrefixes.StartsWithAny(tokens[k].Lower, GettingAboutPrefixes) || GetAbout(tokens, k);
        }

        return gettingAbout ? s : null;
    }

    /// <summary>
    /// "To get about", "getting around", "moving about" (round 58): getting about named without a word of walking ("I've been holding
    /// on to furniture or leaning on my husband to get about").
    /// </summary>
    private static bool GetAbout(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "about" or "around" or "round" && k > 0 && tokens[k - 1].Lower is "get" or "gets" or "getting" or "move" or "moving";

    private static readonly HashSet<string> FallWords = new(StringComparer.Ordinal)
    {
        "balance", "fell", "fall", "falling", "slipped", "tripped", "stumbled",
    };

    private static bool HasParticle(List<TextToken> tokens, int verb, int support)
    {
        for (var k = verb + 1; k < support; k++)
        {
            if (tokens[k].Lower is "on" or "onto" or "to" or "unto")
            {
                return true;
            }
        }

        return false;
    }
}
