using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A denied bare "back" denies the low back: "no back pain", "nothing in my back", "it doesn't go into my back", "my
/// back doesn't hurt". Said of a pain that is there, bare "back" stays unread (people say "my back" of the upper and
/// middle back too, and the annotators disagree whether it is the low back); but in a denial the person is ruling out
/// the back as a whole, the low back with it, which is how a clinician codes it. Only when nothing in the text already
/// reads the low back or names the upper back (then "back" may be that), and not when "never" denies the past ("never
/// had back pain before this"), nor an injury rather than the place ("never hurt my back"), a worry or someone else.
/// "No back support" is a chair: after "no" or "any" the back must be named as hurting.
/// </summary>
internal static class BareBack
{
    private const string Code = "where.low_back";

    /// <summary>Words before "back" that name another part of the back or another sense of the word (shared with <see cref="BareBackAffirmed"/>).</summary>
    internal static readonly HashSet<string> NotBare = new(StringComparer.Ordinal)
    {
        "low", "lower", "upper", "mid", "middle", "sway", "come", "comes", "came", "coming", "go", "going", "went", "get",
        "getting", "got", "look", "looking", "looked", "bounce", "bouncing", "way", "months", "years", "weeks",
        "days", "fight", "cut", "put", "bring", "brought", "be", "was", "is", "it's", "its",
    };

    /// <summary>Words before "back" that make it the body part ("MY back", "NO back pain").</summary>
    private static readonly HashSet<string> Owners = new(StringComparer.Ordinal) { "my", "no", "the", "his", "her", "your", "any" };

    /// <summary>Words after "back" that make it the body part ("back PAIN", "back DOESN'T hurt").</summary>
    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "ache", "aches", "aching", "problems", "problem", "trouble", "issues", "hurts", "hurt", "hurting",
        "doesn't", "doesnt", "isn't", "isnt", "is", "feels", "itself",
    };

    /// <summary>Verbs that make "my back" what was hurt, not where it hurts ("I didn't INJURE my back").</summary>
    private static readonly HashSet<string> InjuryVerbs = new(StringComparer.Ordinal)
    {
        "hurt", "injure", "injured", "strain", "strained", "twist", "twisted", "tweak", "tweaked", "pull", "pulled", "throw",
        "threw", "put", "do", "did", "done", "jar", "jarred", "wrench", "wrenched",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code is Code or "where.mid_upper_back" && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsBareBack(tokens, i))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (SaidNotToHurt(tokens, i) && !frame.Historical && !frame.Hypothetical && !frame.AboutSomeoneElse)
            {
                frame = frame with { Negated = true, NegationFirst = i };
            }

            if (frame.Negated && !frame.Historical && !frame.Hypothetical && !frame.AboutSomeoneElse && tokens[frame.NegationFirst].Lower != "never"
                && !(i > 1 && tokens[i - 1].Lower == "my" && InjuryVerbs.Contains(tokens[i - 2].Lower)))
            {
                mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[i].Start, tokens[i].End, true, MentionContext.Current, true));
                return;
            }
        }

        BareBackAffirmed.Add(tokens, context, finding, mentions); // no denial: a troubled bare back of the person is the low back
    }

    /// <summary>
    /// Whether the back at i is the subject of a denied hurt: "my back doesn't hurt", "my back itself isn't really sore"
    /// (the negation there speaks of the verb after the subject, which the negation triggers read forward only).
    /// </summary>
    private static bool SaidNotToHurt(List<TextToken> tokens, int i)
    {
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Lower == "itself")
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Clause != tokens[i].Clause || tokens[k].Lower is not ("doesn't" or "doesnt" or "isn't" or "isnt" or "does" or "is"))
        {
            return false;
        }

        if (tokens[k].Lower is "does" or "is")
        {
            if (++k >= tokens.Count || tokens[k].Lower != "not")
            {
                return false;
            }
        }

        k++;
        if (k < tokens.Count && tokens[k].Lower is "really" or "actually")
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Clause == tokens[i].Clause
            && tokens[k].Lower is "hurt" or "hurting" or "sore" or "painful" or "bother" or "bothering" or "ache" or "aching";
    }

    /// <summary>Whether "back" at i names the back as a body part and no particular part of it.</summary>
    private static bool IsBareBack(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("back" or "back's"))
        {
            return false;
        }

        var before = i > 0 && tokens[i - 1].Clause == tokens[i].Clause ? tokens[i - 1].Lower : "";
        var after = i + 1 < tokens.Count && tokens[i + 1].Clause == tokens[i].Clause ? tokens[i + 1].Lower : "";
        if (NotBare.Contains(before) || after is "of" or "to" or "into" or "up" or "and" or "home")
        {
            return false;
        }

        return before is "no" or "any" ? PainWords.Contains(after) : Owners.Contains(before) || PainWords.Contains(after) || tokens[i].Lower == "back's";
    }
}
