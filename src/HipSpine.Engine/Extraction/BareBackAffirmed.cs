using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A bare "back" of the person that troubles them is the low back: "my back is killing me", "back pain", "backache",
/// "I hurt my back", "my back went". A person typing into a hip and low back tool about "my back" means the low back, the
/// story writers annotate it so by rule from held-back batch 41 on, and the person confirms every answer. Not read
/// where "back" is a direction or a return ("came back", "back to work", "a few years back": <see cref="BareBack"/>'s
/// words), a place of lying ("on my back"), the back of a part ("back of my thigh"), a thing ("back garden"), someone
/// else's ("his back"), in the past, asked or denied (a denial is <see cref="BareBack"/>'s), and not at all when the text
/// names the upper or middle back or the shoulder blades, when "back" may be that.
/// </summary>
internal static class BareBackAffirmed
{
    private const string Code = "where.low_back";

    /// <summary>
    /// Words before "back" that tell a direction, a return, a time or another part of the back: the denial reader's list and
    /// more, since an affirmed back is read from far more sentences than a denied one.
    /// </summary>
    private static readonly HashSet<string> NotBare = new(BareBack.NotBare.Concat(
    [
        "goes", "gets", "ways", "were", "are", "been", "while", "bit", "week", "month", "year", "time", "long", "ago", "straight",
        "right", "sit", "sat", "lean", "leaned", "leaning", "step", "stepped", "pull", "pulled", "hold", "held", "holding", "turn",
        "turned", "far", "further", "call", "called", "phone", "rang", "ring", "sent", "send", "give", "gave", "take", "took",
        "pay", "paid", "feel", "felt", "flat", "top", "upper-back", "mid-back", "forward", "forwards", "backward", "backwards",
        "his", "her", "their", "your", "everyone's", "everyones", "everybody's", "someone's",
    ]), StringComparer.Ordinal);

    /// <summary>Words right after "back" that make it a direction, a time or a thing rather than the body part.</summary>
    private static readonly HashSet<string> NotAfter = new(StringComparer.Ordinal)
    {
        "of", "to", "into", "up", "home", "then", "in", "on", "at", "from", "down", "again", "forth", "garden", "door", "seat",
        "seats", "yard", "room", "bedroom", "street", "road", "lane", "wall", "step", "steps", "porch", "pocket", "teeth",
        "tooth", "passage", "side", "sides", "row", "end", "office", "burner", "together", "over", "around", "round",
        "inside", "later", "when", "after", "before", "onto", "towards", "there", "here", "now", "till", "until", "with",
        "for",
    };

    /// <summary>Words before "my"/"the" back that make it a place of lying or a direction ("lie on my back", "behind my back").</summary>
    private static readonly HashSet<string> NotBeforeOwner = new(StringComparer.Ordinal)
    {
        "on", "onto", "behind", "off", "turn", "turned", "turning", "at", "round", "around", "from", "to", "towards", "have",
        "has", "had", "got", "want", "get", "lying", "lay", "lie", "laid", "sleep", "sleeping", "slept", "flat", "up",
    };

    /// <summary>Words after "back" that make it the back that troubles ("back PAIN", "back IS killing me").</summary>
    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "ache", "aches", "aching", "achy", "problems", "problem", "trouble", "troubles", "issues", "issue",
        "hurts", "hurt", "hurting", "spasm", "spasms", "sore", "is", "feels", "went", "gave", "injury", "pain's", "has",
        "started", "locked", "seized", "twinges", "twinge", "killing", "was", "flared", "flares", "kills", "goes",
    };

    /// <summary>Verbs that make "my back" hurt by them ("I TWEAKED my back", "PUT my back out").</summary>
    private static readonly HashSet<string> InjuryVerbs = new(StringComparer.Ordinal)
    {
        "hurt", "injure", "injured", "strain", "strained", "twist", "twisted", "tweak", "tweaked", "pull", "pulled", "threw",
        "put", "did", "done", "jarred", "wrench", "wrenched", "ricked", "cricked", "knackered", "buggered", "damaged",
    };

    /// <summary>Words before "back" that tell a troubled back ("a BAD back", "my SORE back").</summary>
    private static readonly HashSet<string> Troubled = new(StringComparer.Ordinal)
    {
        "bad", "sore", "achy", "aching", "painful", "dodgy", "stiff", "hurting", "ruined", "knackered", "wonky", "buggered",
    };

    /// <summary>Adds the low back when a bare back of the person troubles them now and nothing names another part of the back.</summary>
    public static void Add(List<TextToken> tokens, ContextAnnotator context, FindingDefinition finding, List<ExtractedMention> mentions)
    {
        if (NamesAnotherPartOfTheBack(tokens))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsTroubledBareBack(tokens, i))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (!frame.OwnAffirmedNow || frame.Asked)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[i].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>Whether the text names the upper or middle back or the shoulder blades, so that a bare "back" may be that.</summary>
    private static bool NamesAnotherPartOfTheBack(List<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Lower;
            if (word is "upper-back" or "mid-back" or "thoracic" or "blade" or "blades" or "shoulderblade" or "shoulderblades"
                || (word is "upper" or "mid" or "middle" && i + 1 < tokens.Count && tokens[i + 1].Lower is "back" or "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTroubledBareBack(List<TextToken> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (word.StartsWith("backache", StringComparison.Ordinal) || word.StartsWith("back-ache", StringComparison.Ordinal)
            || word.StartsWith("backpain", StringComparison.Ordinal))
        {
            return true;
        }

        if (word is not ("back" or "back's"))
        {
            return false;
        }

        string Word(int k) => k >= 0 && k < tokens.Count && tokens[k].Clause == tokens[i].Clause ? tokens[k].Lower : "";
        var (before, after) = (Word(i - 1), Word(i + 1));
        if (NotBare.Contains(before) || NotAfter.Contains(after) || (after == "and" && Word(i + 2) == "forth")
            || (before is "or" or "and" && Word(i - 2) is "forward" or "forwards" or "front"))
        {
            return false; // "swinging the leg forward or back"
        }

        if (tokens.Exists(t => t.Sentence == tokens[i].Sentence && t.Lower is "chest" or "rib" or "ribs" or "ribcage" or "kidney" or "kidneys"))
        {
            return false; // a pain through the chest to the back, or by the ribs: the middle back or the flank, not the low back
        }

        if (before is "my" or "the" && Word(i - 2) == "of" && Word(i - 3) is "top" or "middle" or "centre" or "center" or "upper")
        {
            return false; // "the top of my back"
        }

        if (before is "my" or "the")
        {
            // "lie on my back", "behind my back", "at the back": a place or a direction; "the back" only with a word of trouble.
            // "my back" counts in a sentence of pain or after an injury ("I stretch my back" is no complaint).
            return !NotBeforeOwner.Contains(Word(i - 2)) && (PainWords.Contains(after)
                || (before == "my" && (MentionRules.SentenceTellsOfPain(tokens, i) || InjuryVerbs.Contains(Word(i - 2))))
                || (Word(i - 2) == "in" && MentionRules.SentenceTellsOfPain(tokens, i)));
        }

        return Troubled.Contains(before) || PainWords.Contains(after) || word == "back's";
    }
}
