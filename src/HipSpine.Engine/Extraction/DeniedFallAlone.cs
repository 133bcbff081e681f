using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A fall denied outright ("No fall", "I haven't fallen", "She hasn't had any fall", "I didn't fall") denies the fall shortly
/// before this pain when the story tells of no fall or injury that counts and no other injury. A fall alone is one part of "a fall
/// or a minor injury", so the lexicon marks it <c>onlyWhenAffirmed</c> ("I didn't fall" but twisted it denies nothing). Round 59
/// read it only beside a fall dated to the past (<see cref="PastFall"/>: "She broke her thigh bone in 2009 after a fall");
/// round 60 reads it in any story, as the writers annotate it (pooled, a bare fall denial is annotated denied in 71 of 77
/// stories, and the others tell of another injury or go on "I didn't fall but I slammed on the brakes"). Not when any fall or
/// injury counts, when the story tells of another injury it does not deny ("twisted", "knocked", "strained", "lifted", ...),
/// when "but I" follows the fall right away ("but my back has ached" is the pain), nor a denial that is past, possible or someone else's, and it passes
/// <see cref="RedFlagGuard.DenialStands"/> like every red-flag denial.
/// </summary>
internal static class DeniedFallAlone
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
        // "I didn't fall or hurt myself": the denial phrase "didn't hurt myself" takes the negation, so the fall between its words
        // was read alone as affirmed and the guard left both out; a fall inside a denial of the finding is that denial's.
        mentions.RemoveAll(m => m.Code == Code && m.Value == FindingValue.Of(true)
            && mentions.Exists(d => d.Code == Code && d.Counted && d.Value == FindingValue.Of(false) && d.Start <= m.Start && m.End <= d.End));
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted)
            || Enumerable.Range(0, tokens.Count).Any(k => OtherInjuries.Contains(tokens[k].Lower) && !context.Frame(k, k).Negated))
        {
            return; // an injury denied beside the fall ("didnt fall or strain anything") is no other injury
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Negations.Contains(tokens[i].Lower) || FallAfter(tokens, i) is not { } end
                || (end + 2 < tokens.Count && tokens[end + 2].Sentence == tokens[end].Sentence && tokens[end + 1].Lower == "but"
                    && tokens[end + 2].Lower is "i" or "i've" or "ive" or "i'd"))
            {
                continue; // "I didn't fall but I slammed on the brakes": what the person did instead follows
            }

            var frame = context.Frame(end, end);
            var (from, to) = context.Statement(i, end);
            if (frame.Historical || frame.Hypothetical || frame.AboutSomeoneElse || !RedFlagGuard.DenialStands(tokens, context, i, end, end, from, to))
            {
                continue;
            }

            // Serious trauma is not denied with it: measured in round 60, the writers leave it blank about as often as they deny it.
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
