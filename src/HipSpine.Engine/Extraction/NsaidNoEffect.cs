using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// An anti-inflammatory named in a sentence that says a treatment did nothing is a poor response to it: "naproxen did
/// nothing", "anti-inflammatories don't touch it", "I take ibuprofen every day but it barely helps", "resting doesn't
/// help and neither does ibuprofen", "physio, a steroid pack and ibuprofen for 6 weeks - no relief at all". People tell
/// it in passing, with the drug and the verb apart and in many words, so the lexicon's fixed phrases ("ibuprofen didn't
/// help") miss most of it. Only the "no effect" side is read here: a good response is told in too many ways ("took the
/// edge off", "sorted it") that also describe other treatments. Not when the lexicon already read the response, nor of
/// someone else or a worry. "Despite rest and NSAIDs the pain hasn't gone" says it as well; "didn't help my stomach"
/// speaks of a side effect, not the pain; "neither the tablets nor rest has made it any better" denies with the verb far
/// from its negation.
/// </summary>
internal static class NsaidNoEffect
{
    private const string Code = "hx.nsaid_good_response";

    private static readonly HashSet<string> Drugs = new(StringComparer.Ordinal)
    {
        "ibuprofen", "ibuprofin", "naproxen", "naprosyn", "nsaid", "nsaids", "advil", "nurofen", "motrin", "aleve", "diclofenac",
        "voltarol", "voltaren", "celecoxib", "celebrex", "meloxicam", "etoricoxib", "arcoxia", "indomethacin",
    };

    /// <summary>Words that deny an effect word a few words after them ("didn't really help", "none have really shifted it").</summary>
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "didn't", "didnt", "doesn't", "doesnt", "don't", "dont", "haven't", "havent", "hasn't", "hasnt", "not", "never", "barely",
        "hardly", "isn't", "isnt", "wasn't", "wasnt", "none", "neither", "nor",
    };

    private static readonly HashSet<string> EffectWords = new(StringComparer.Ordinal)
    {
        "help", "helps", "helped", "helping", "touch", "touches", "touched", "shifted", "shift", "shifting",
    };

    /// <summary>What a drug may fail to help that is not the pain: a side effect ("didn't help my stomach").</summary>
    private static readonly HashSet<string> OtherThanThePain = new(StringComparer.Ordinal)
    {
        "stomach", "tummy", "belly", "gut", "guts", "mood", "heart", "bowels", "skin", "kidneys", "chest",
    };

    private static readonly HashSet<string> DoWords = new(StringComparer.Ordinal) { "do", "does", "did", "done", "doing" };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsDrug(tokens, i))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            var sentence = tokens[i].Sentence;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (tokens[k].Sentence == sentence && (SaysNoEffect(tokens, k) || (k == i && TakenDespite(tokens, i))))
                {
                    var (from, to) = (Math.Min(i, k), Math.Max(i, k));
                    mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[from].Start, tokens[to].End, true, MentionContext.Current, true));
                    return;
                }
            }
        }
    }

    /// <summary>Whether "despite" or "in spite of" opens the list the drug at i is in ("despite rest, NSAIDs and physio").</summary>
    private static bool TakenDespite(List<TextToken> tokens, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 6 && tokens[j].Sentence == tokens[i].Sentence; j--)
        {
            if (tokens[j].Lower is "despite" or "spite")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDrug(List<TextToken> tokens, int i)
    {
        var lower = tokens[i].Lower;
        return Drugs.Contains(lower) || lower.StartsWith("anti-inflam", StringComparison.Ordinal) || lower.StartsWith("antiinflam", StringComparison.Ordinal)
            || (lower == "anti" && i + 1 < tokens.Count && tokens[i + 1].Lower.StartsWith("inflam", StringComparison.Ordinal));
    }

    /// <summary>Whether the words ending at k say a treatment had no effect.</summary>
    private static bool SaysNoEffect(List<TextToken> tokens, int k)
    {
        var word = tokens[k].Lower;
        var before = k > 0 && tokens[k - 1].Sentence == tokens[k].Sentence ? tokens[k - 1].Lower : "";
        if (word == "nothing" && DoWords.Contains(before))
        {
            return true; // "did nothing", "does nothing for it"
        }

        if (word is "relief" or "improvement" or "difference" or "effect")
        {
            return before == "no" || (k > 1 && tokens[k - 2].Lower == "no" && before is "real" or "much" or "big");
        }

        var doneNothing = (word is "anything" && DoWords.Contains(before)) || (word == "much" && before is "doing" or "do" or "does" or "did");
        var anyBetter = word == "better" && before == "any";
        if (!EffectWords.Contains(word) && !doneNothing && !anyBetter)
        {
            return false;
        }

        if (k + 2 < tokens.Count && tokens[k + 1].Lower is "my" or "the" && OtherThanThePain.Contains(tokens[k + 2].Lower))
        {
            return false;
        }

        for (var j = k - 1; j >= 0 && j >= k - (anyBetter ? 6 : 4) && tokens[j].Sentence == tokens[k].Sentence; j--)
        {
            if (Negators.Contains(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
