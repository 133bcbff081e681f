using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// One negation over a list that names both parts of "a fall or a minor injury" denies the whole: "I didn't fall or knock
/// it", "haven't fallen or banged it", "she didn't trip or fall or bang it", "didn't fall or hurt it". The lexicon cannot
/// read it: a fall alone is one part (<c>onlyWhenAffirmed</c>: "I didn't fall" but twisted it denies nothing), and the
/// knock stands too far from the negation for a phrase. Denying a fall and a knock denies serious trauma too, as the
/// lexicon's whole denials ("no injury") do. A fall denied with no knock beside it ("I didn't fall or twist") stays out,
/// and both are red flags, so the denial passes <see cref="RedFlagGuard.DenialStands"/> ("I didn't fall or knock it getting
/// out of the car, only had trouble straightening up" denies nothing).
/// </summary>
internal static class DeniedFallOrKnock
{
    private const string Code = "hx.fall_or_minor_injury";
    private const string Trauma = "hx.major_trauma";

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "didn't", "didnt", "haven't", "havent", "hadn't", "hadnt", "never", "not",
    };

    private static readonly HashSet<string> Falls = new(StringComparer.Ordinal)
    {
        "fall", "fallen", "fell", "trip", "tripped", "slip", "slipped",
    };

    /// <summary>The minor-injury part: a knock, a bang or a hurt done to the body.</summary>
    private static readonly HashSet<string> Knocks = new(StringComparer.Ordinal)
    {
        "knock", "knocked", "bang", "banged", "bump", "bumped", "hurt", "hit", "injure", "injured", "jar", "jarred",
    };

    /// <summary>Words that may stand in the list between its verbs ("fall over or bang my back", "trip or fall or knock it").</summary>
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal)
    {
        "or", "over", "down", "it", "myself", "herself", "himself", "my", "her", "his", "back", "hip", "anything", "nor",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Negations.Contains(tokens[i].Lower) || (tokens[i].Lower == "not" && (i == 0 || tokens[i - 1].Lower is not ("did" or "have" or "had")))
                || ListEnd(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(i + 1, end);
            var (from, to) = context.Statement(i, end);
            if (frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse || !RedFlagGuard.DenialStands(tokens, context, i, end, i + 1, from, to))
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[i].Start, tokens[end].End, true, MentionContext.Current, true));
            if (vocabulary.FindFinding(Trauma) is { } trauma && !mentions.Any(m => m.Code == Trauma && m.Counted))
            {
                mentions.Add(new ExtractedMention(trauma, FindingValue.Of(false), tokens[i].Start, tokens[end].End, true, MentionContext.Current, true));
            }

            return;
        }
    }

    /// <summary>The last verb of a list right after the negation at i that joins a fall and a knock with "or", or null.</summary>
    private static int? ListEnd(List<TextToken> tokens, int i)
    {
        bool fall = false, knock = false, or = false;
        var last = -1;
        for (var k = i + 1; k < tokens.Count && k <= i + 8 && tokens[k].Segment == tokens[i].Segment; k++)
        {
            var lower = tokens[k].Lower;
            if (Falls.Contains(lower) || Knocks.Contains(lower))
            {
                fall |= Falls.Contains(lower);
                knock |= Knocks.Contains(lower);
                last = k;
            }
            else if (ListWords.Contains(lower))
            {
                or |= lower is "or" or "nor";
            }
            else
            {
                break;
            }
        }

        return fall && knock && or ? last : null;
    }
}
