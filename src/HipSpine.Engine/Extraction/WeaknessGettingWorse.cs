using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A leg weakness or numbness told to be getting worse in its own clause is a weakness getting worse
/// (<c>neuro.weakness_worsening</c>, "Is weakness or numbness in your leg getting worse?", round 74): "my legs are numb and weak and
/// it is getting worse", "weaker than this morning and getting worse", "weakness that's got worse and worse", "both legs have gone
/// weak and it's getting worse by the hour". The lexicon holds "weakness getting worse" and "getting weaker", whose words stand
/// together; here a change verb and "worse" follow a weakness, foot drop or leg numbness the extractor has already read as the
/// person's own, now and affirmed, within ten words of its sentence, with no pain word between (then the pain is what worsens:
/// "my leg is numb and the pain is getting worse"), no denial before "worse" ("it isn't getting worse") and no worry or question
/// ("if it gets worse", "worried it's getting worse"), and not worse under a condition ("tingling that gets worse the more I walk"). The weakness's sentence must name a leg or a foot. It takes no words.
/// </summary>
internal static class WeaknessGettingWorse
{
    private const string Code = "neuro.weakness_worsening";

    /// <summary>The findings whose worsening the code asks about.</summary>
    private static readonly HashSet<string> LegDeficits = new(StringComparer.Ordinal)
    {
        "neuro.leg_weakness", "neuro.foot_drop", "neuro.leg_numbness_tingling",
    };

    /// <summary>Verbs of a change that stand before "worse" ("is getting worse", "has got worse", "keeps getting worse").</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "getting", "got", "gotten", "gets", "growing", "grown", "becoming", "become",
    };

    /// <summary>Words that make what worsens a pain, not the weakness.</summary>
    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore", "soreness", "agony", "back",
    };

    /// <summary>Denials and worries before "worse".</summary>
    private static readonly HashSet<string> NotWords = new(StringComparer.Ordinal)
    {
        "not", "isn't", "isnt", "hasn't", "hasnt", "haven't", "havent", "never", "no", "if", "worried", "scared", "afraid", "unless", "before",
    };

    private const int Reach = 10;

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && (m.Counted || m.Negated)))
        {
            return;
        }

        foreach (var deficit in mentions.Where(m => LegDeficits.Contains(m.Code) && m.CountsAsYesNow).ToList())
        {
            var last = tokens.FindLastIndex(t => t.End <= deficit.End);
            if (last < 0 || !RecentLegWeakness.NamesALegOrFoot(tokens, tokens[last].Sentence) || WorseAfter(tokens, last) is not var (first, end))
            {
                continue;
            }

            var frame = context.Frame(first, end);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>"gets worse the more she walks", "worse when I sit", "worse at night": worse under a condition, not a course.</summary>
    private static bool WorseUnderACondition(List<TextToken> tokens, int worse)
    {
        var next = worse + 1 < tokens.Count && tokens[worse + 1].Sentence == tokens[worse].Sentence ? tokens[worse + 1].Lower : "";
        var after = worse + 2 < tokens.Count && tokens[worse + 2].Sentence == tokens[worse].Sentence ? tokens[worse + 2].Lower : "";
        return next is "when" or "whenever" or "with" or "after" or "if" or "on" or "as" or "during" or "while" or "at" or "in" or "for" or "from"
            || (next == "the" && after is "more" or "longer" or "further" or "harder");
    }

    /// <summary>The change verb and "worse" within reach after the deficit's last token in its sentence, or null.</summary>
    private static (int First, int Last)? WorseAfter(List<TextToken> tokens, int last)
    {
        var sentence = tokens[last].Sentence;
        for (var k = last + 1; k < tokens.Count && k <= last + Reach && tokens[k].Sentence == sentence; k++)
        {
            var word = tokens[k].Lower;
            if (PainWords.Contains(word))
            {
                return null;
            }

            if (word != "worse")
            {
                continue;
            }

            var verb = k - 1 > last && ChangeVerbs.Contains(tokens[k - 1].Lower) ? k - 1 : -1;
            if (verb < 0)
            {
                return null; // "the left worse": a comparison, not a change
            }

            for (var j = Math.Max(last + 1, verb - 3); j < verb; j++)
            {
                if (NotWords.Contains(tokens[j].Lower))
                {
                    return null;
                }
            }

            return WorseUnderACondition(tokens, k) ? null : (verb, k);
        }

        return null;
    }
}
