using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A person who "went down" fell (<c>hx.fall_or_minor_injury</c>, round 63): "the leg gave out and I went down", "lost my footing
/// and went down like a sack of spuds", "I went down with it on the floor", "we both went down on the carpet". Over the spent
/// stories "went down" told of a person and closing its clause, or followed by where or how they landed, is annotated a fall in
/// 13 stories (8 of them unread before) and left blank in 2, both a collapse after the pain struck ("BANG, lower back. Went down
/// like a sack of spuds"; one of them denies the fall elsewhere). The lexicon cannot hold it: "went down" is as often the pain's
/// path ("it went down my leg"), a way ("went down to the beach", "went down the stairs") or an amount ("the swelling went
/// down"). So the word before must be a person ("I", "she", "both", "and", "just") or the sentence's start ("I nearly went down"
/// is no fall), and the word after nothing in its segment or a landing ("on", "in", "onto", "flat", "hard", "heavily", "like",
/// "with"); not a denied, past, possible or someone else's fall, and only when no fall is read or denied already.
/// </summary>
internal static class WentDown
{
    private const string Code = "hx.fall_or_minor_injury";

    /// <summary>Words right before "went" that make a person its subject.</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "i", "she", "he", "we", "both", "and", "just", "then", "suddenly", "straight",
    };

    /// <summary>Words right after "down" that tell where or how the person landed.</summary>
    private static readonly HashSet<string> Landings = new(StringComparer.Ordinal)
    {
        "on", "in", "onto", "flat", "hard", "heavily", "like", "with", "backwards", "sideways",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return; // a fall read or denied already stands
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!Read(tokens, i) || !context.Frame(i, i + 1).OwnAffirmedNow)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[i + 1].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>Whether "went down" at i is a person falling.</summary>
    public static bool Read(List<TextToken> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i].Lower != "went" || tokens[i + 1].Lower != "down" || tokens[i + 1].Clause != tokens[i].Clause)
        {
            return false;
        }

        var opens = i == 0 || tokens[i - 1].Sentence != tokens[i].Sentence;
        if (!opens && !Subjects.Contains(tokens[i - 1].Lower))
        {
            return false; // "the pain went down", "it went down": no person
        }

        var k = i + 2;
        return k >= tokens.Count || tokens[k].Segment != tokens[i].Segment || Landings.Contains(tokens[k].Lower);
    }
}
