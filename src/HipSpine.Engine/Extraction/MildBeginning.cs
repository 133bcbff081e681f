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
    /// <summary>Words of a first form that was small: the pain grew from it.</summary>
    private static readonly HashSet<string> Mild = new(StringComparer.Ordinal)
    {
        "little", "small", "mild", "dull", "vague", "annoying", "slight", "niggle", "niggling", "minor",
    };

    /// <summary>
    /// The span from token <paramref name="i"/> to the mild word of "started / began [up to five words, as "about 4 weeks
    /// ago"] as [just / only] a / an [up to two words] MILD", all in one sentence, or null.
    /// </summary>
    public static (int Start, int End)? Read(List<TextToken> tokens, int i)
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
                return (i, m);
            }
        }

        return null;
    }
}
