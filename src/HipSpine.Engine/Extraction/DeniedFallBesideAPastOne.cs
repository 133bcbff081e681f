using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fall denied outright ("She hasn't had any fall", "no falls since", "I haven't fallen") in a story that dates its only fall
/// to the past ("She broke her thigh bone in 2009 after a fall", <see cref="PastFall"/>; "as a child I fell ...") denies the
/// fall shortly before this pain. A fall alone is one part of "a fall or a minor injury", so the lexicon marks it
/// <c>onlyWhenAffirmed</c> ("I didn't fall" but twisted it denies nothing); here the story itself sets its past fall against
/// the denial, so the denial speaks of a recent fall (round 59; pooled, the writers annotate a bare fall denial as denied in
/// 71 of 77 stories, and the 6 others tell of another injury). Not when any fall or injury counts or the story tells of another
/// injury, not a denial that is past, possible or someone else's, and it passes <see cref="RedFlagGuard.DenialStands"/> like
/// every red-flag denial.
/// </summary>
internal static class DeniedFallBesideAPastOne
{
    private const string Code = "hx.fall_or_minor_injury";

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "never", "hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt", "didn't", "didnt", "not",
    };

    /// <summary>Small words that may stand between the negation and the fall ("hasn't had any fall", "haven't had a fall").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "had", "have", "has", "any", "a", "been", "ever", "more", "further", "other", "new", "recent",
    };

    private static readonly HashSet<string> Falls = new(StringComparer.Ordinal) { "fall", "falls", "fallen", "fell" };

    /// <summary>
    /// Another minor injury told anywhere in the story ("I haven't had a fall, but I twisted my back"): the fall's denial is then one
    /// part of the finding only, and is left out. "Hurt" is not one: it is the pain's own word ("could moving her have hurt her?").
    /// </summary>
    private static readonly HashSet<string> OtherInjuries = new(StringComparer.Ordinal)
    {
        "twist", "twisted", "twisting", "knock", "knocked", "bang", "banged", "bump", "bumped", "jarred", "jolted", "sprain", "sprained",
        "strain", "strained", "tweaked", "pulled", "hit", "collided", "crash", "crashed", "lifting", "lifted",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted)
            || !mentions.Any(m => m.Code == Code && m.Context == MentionContext.Historical && m.Value == FindingValue.Of(true))
            || tokens.Any(t => OtherInjuries.Contains(t.Lower)))
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Negations.Contains(tokens[i].Lower) || FallAfter(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(end, end);
            var (from, to) = context.Statement(i, end);
            if (frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse || !RedFlagGuard.DenialStands(tokens, context, i, end, end, from, to))
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(false), tokens[i].Start, tokens[end].End, true, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The fall word right after the negation at i, with only small words between, or null.</summary>
    private static int? FallAfter(List<TextToken> tokens, int i)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Segment == tokens[i].Segment; k++)
        {
            if (Falls.Contains(tokens[k].Lower))
            {
                return k;
            }

            if (!Between.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        return null;
    }
}
