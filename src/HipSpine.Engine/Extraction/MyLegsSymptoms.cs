using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "My legs" (or "his", "her", "their") told with numbness, tingling, weakness or heaviness and no "both" is both legs
/// (<c>where.both_legs</c>, round 62): "now my legs feel weak too", "my legs have gone numb and weak", "his legs have been
/// getting weak", "after a bit of walking my legs go weak and tingly". Round 49 counted about 37 such stories annotated and about
/// 10 affirmed ones left blank, and left the kind for the denials: "no numbness or weakness in my legs" is left blank in about 30
/// stories, where the lexicon's site would have been read false. So this reader reads the affirmed only: a denial, a worry, a
/// past time and someone else's give nothing at all. Not "one of my legs" (one leg), "between my legs" (the saddle area), nor
/// "either of my legs", nor "something heavy". The nerve word stands within six words after "legs" in its clause, with no denial
/// word between ("my legs are not weak", "nothing down my legs, no pins and needles"; "no strength" is weakness), or four words
/// before "my" in its segment ("pins and needles in my legs").
/// </summary>
internal static class MyLegsSymptoms
{
    private const string Code = "where.both_legs";

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Exists(m => m.Code == Code && (m.Counted || m.Negated)))
        {
            return; // read already, or denied: a denial of the site stands
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (Read(tokens, i) is not var (first, last) || !context.Frame(first, last).OwnAffirmedNow)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(finding, FindingValue.Of(true), tokens[first].Start, tokens[last].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>The span of "my legs" at i with a nerve word after it or before it in its clause, or null.</summary>
    private static (int, int)? Read(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("my" or "his" or "her" or "their") || tokens[i + 1].Lower != "legs" || tokens[i + 1].Clause != tokens[i].Clause)
        {
            return null;
        }

        // Before "my", the segment: "Nothing down my legs, no pins and needles" is a denial, not the legs' numbness.
        var segment = tokens[i].Segment;
        for (var k = i - 1; k >= 0 && k >= i - 2 && tokens[k].Segment == segment; k--)
        {
            if (tokens[k].Lower is "between" or "one" or "either" or "nothing" or "no" or "not")
            {
                return null;
            }
        }

        // After "legs" the clause, past commas ("my legs get painful, numb, heavy"), up to a denial word; "no strength" is weakness.
        for (var k = i + 2; k < tokens.Count && k <= i + 7 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (tokens[k].Lower is "not" or "no" or "never" or "without" or "aren't" or "arent" or "nothing"
                && !(tokens[k].Lower == "no" && k + 1 < tokens.Count && tokens[k + 1].Lower == "strength"))
            {
                return null;
            }

            if (IsNerveWord(tokens, k))
            {
                return (i, k);
            }
        }

        for (var k = i - 1; k >= 0 && k >= i - 4 && tokens[k].Segment == segment; k--)
        {
            if (IsNerveWord(tokens, k))
            {
                return (k, i + 1);
            }
        }

        return null;
    }

    /// <summary>A word of numbness, tingling, weakness or heaviness; not a heavy thing ("my legs wide apart to lift something heavy").</summary>
    private static bool IsNerveWord(List<TextToken> tokens, int k) =>
        (WordPrefixes.StartsWithAny(tokens[k].Lower, BothLegsSymptoms.NervePrefixes) || tokens[k].Lower == "strength")
        && !(tokens[k].Lower == "heavy" && k > 0 && tokens[k - 1].Lower is "something" or "anything" or "lift" or "lifting");
}
