using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain told to have started as something mild: "it started as a small niggle", "started about a month ago as a mild ache",
/// "it started as just an annoying backache". A pain that began as a lesser thing and grew is a gradual onset; the writers
/// annotate it so (8 of the 10 spent stories with these words). Only a mild first form is read: "started as a sharp pain"
/// or "started as an ache across my waist" tell what it was like, not how it came, and "started with a dull ache" names
/// the first day more often than the course.
/// </summary>
internal static class MildBeginning
{
    private const string Code = "episode.onset";

    /// <summary>Words of a first form that was small: the pain grew from it.</summary>
    private static readonly HashSet<string> Mild = new(StringComparer.Ordinal)
    {
        "little", "small", "mild", "dull", "vague", "annoying", "slight", "niggle", "niggling", "minor",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } onset || mentions.Exists(m => m.Code == Code && m.Counted))
        {
            return;
        }

        var gradual = onset.Values.ToList().IndexOf("gradual");
        if (gradual < 0)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (Read(tokens, i) is not { } end)
            {
                continue;
            }

            var frame = context.Frame(i, end);
            if (frame.Negated || frame.Hypothetical || frame.AboutSomeoneElse || frame.Historical)
            {
                continue;
            }

            mentions.Add(new ExtractedMention(onset, new FindingValue(true, gradual), tokens[i].Start, tokens[end].End, false, MentionContext.Current, true));
            return;
        }
    }

    /// <summary>
    /// The last token of "started / began [up to five words, as "about 4 weeks ago"] as [just / only] a / an [up to two words]
    /// MILD" from token <paramref name="i"/>, all in one sentence, or null.
    /// </summary>
    private static int? Read(List<TextToken> tokens, int i)
    {
        if (!(tokens[i].Lower.StartsWith("start", StringComparison.Ordinal) || tokens[i].Lower is "began" or "begun"))
        {
            return null;
        }

        var sentence = tokens[i].Sentence;
        var k = i + 1;
        while (k < tokens.Count && k <= i + 6 && tokens[k].Sentence == sentence && tokens[k].Lower != "as")
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Sentence != sentence || tokens[k].Lower != "as")
        {
            return null;
        }

        k++;
        while (k < tokens.Count && tokens[k].Lower is "just" or "only")
        {
            k++;
        }

        if (k >= tokens.Count || tokens[k].Lower is not ("a" or "an"))
        {
            return null;
        }

        for (var m = k + 1; m <= k + 3 && m < tokens.Count && tokens[m].Sentence == sentence; m++)
        {
            if (Mild.Contains(tokens[m].Lower))
            {
                return m;
            }
        }

        return null;
    }
}
