using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Pain or swelling in a testicle told apart from the place (<c>visceral.testicle_pain</c>): "my balls are in total agony",
/// "a pain in my groin going down into my testicle", "my nuts are killing me", "the scrotum is swollen and sore". The lexicon
/// pairs the place with the pain within a word or two ("sore testicle", "pain in my balls"), and the words of these stories
/// stand further apart. So the place and a word of pain or swelling within a few words of each other in one clause count.
/// "Balls" and "nuts" count only after "my" ("kicked the ball", "fielded ground balls", "the ball of the hip" are not it);
/// a testicle named with no pain word ("numbness in my testicle", "testicular cancer", "one testicle feels firmer") is not
/// it. A denial, a worry, a past pain or someone else's testicle is left out, and so is a pain word denied after the place
/// ("nothing going on with my balls, no lumps and no pain there"): the denial follows the place, so the place's own frame
/// does not see it, and the pain word's does.
/// </summary>
internal static class TesticlePain
{
    private const string Code = "visceral.testicle_pain";

    /// <summary>How many words apart the place and the pain may stand ("pain in my left groin going into my balls" is 7).</summary>
    private const int Reach = 8;

    private static readonly HashSet<string> Places = new(StringComparer.Ordinal)
    {
        "testicle", "testicles", "testicular", "testes", "testis", "scrotum", "scrotal",
    };

    private static readonly HashSet<string> MyPlaces = new(StringComparer.Ordinal) { "balls", "nuts" };

    private static readonly HashSet<string> PainWords = new(StringComparer.Ordinal)
    {
        "pain", "pains", "painful", "ache", "aches", "aching", "achy", "agony", "sore", "hurt", "hurts", "hurting", "throbbing",
        "swollen", "swelling", "swelled", "tender", "killing", "excruciating",
    };

    /// <summary>Words that make the testicle something else than this pain ("testicular cancer", "numb").</summary>
    private static readonly HashSet<string> OtherMatters = new(StringComparer.Ordinal)
    {
        "cancer", "tumour", "tumor", "removed", "numb", "numbness", "tingling", "lump",
    };

    /// <summary>Adds the first such pain told of the person now; unlike other word patterns a past one is left out too
    /// ("I've had sore testicles before" is an earlier pain, and the lexicon already shows it as such).</summary>
    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (Read(tokens, i) is not { } end)
            {
                continue;
            }

            // Words the lexicon already read as this finding keep its reading ("testicle pain: normal" is a denial it settled).
            var frame = context.Frame(i, end);
            var read = mentions.Exists(m => m.Code == Code && m.Start < tokens[end].End && m.End > tokens[i].Start);
            var painDenied = context.DeniedFromBefore(IsPlace(tokens, i) ? end : i);
            if (!read && !painDenied && !frame.Negated && !frame.Hypothetical && !frame.AboutSomeoneElse && !frame.Historical)
            {
                mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
                return;
            }
        }
    }

    /// <summary>The last token of a place and a pain word (either first) starting at i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        var place = IsPlace(tokens, i);
        if (!place && !PainWords.Contains(tokens[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + Reach && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (OtherMatters.Contains(tokens[k].Lower))
            {
                return null;
            }

            if (place ? PainWords.Contains(tokens[k].Lower) : IsPlace(tokens, k))
            {
                return k;
            }
        }

        return null;
    }

    private static bool IsPlace(List<TextToken> tokens, int k) =>
        Places.Contains(tokens[k].Lower) || (MyPlaces.Contains(tokens[k].Lower) && k > 0 && tokens[k - 1].Lower == "my");
}
