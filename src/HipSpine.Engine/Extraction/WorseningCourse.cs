namespace HipSpine.Engine.Extraction;

/// <summary>
/// More lay ways of telling the course is getting worse (<c>episode.worsening</c>), read beside
/// <see cref="WorseningWords"/>, whose small words the lexicon cannot hold either:
/// <list type="bullet">
/// <item>a thing "getting harder" over time: "walking is getting harder and slower", "now it's getting harder to walk",
/// "doing my job is getting harder every month" (a change verb before "harder": a harder chair or floor is no course);</item>
/// <item>"keeps progressing", "it's progressing": the word of a disease that goes on;</item>
/// <item>"worse not better" after any verb ("by the evening it was worse not better") and "no better" then "worse" in the same
/// sentence ("no better, worse actually", "no better, if anything worse"): a comparison with an earlier time of the same pain.</item>
/// </list>
/// </summary>
internal static class WorseningCourse
{
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        "getting", "got", "gets", "get", "become", "becoming", "became", "grown", "growing", "grew",
    };

    /// <summary>Adverbs between the change verb and "harder" ("getting steadily harder", "got a lot harder").</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "even", "much", "a", "lot", "bit", "little", "steadily", "gradually", "slowly", "progressively", "so", "really", "way",
    };

    private static readonly HashSet<string> BeforeProgressing = new(StringComparer.Ordinal)
    {
        "keeps", "keep", "kept", "is", "it's", "its", "been", "still", "slowly", "steadily",
    };

    /// <summary>The last token of a worsening course told at i ("getting harder", "keeps progressing", "worse not better"), or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        var word = tokens[i].Lower;
        if (ChangeVerbs.Contains(word))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].Clause == tokens[i].Clause; k++)
            {
                if (tokens[k].Lower == "harder")
                {
                    return k;
                }

                if (!Adverbs.Contains(tokens[k].Lower))
                {
                    return null;
                }
            }

            return null;
        }

        if (BeforeProgressing.Contains(word))
        {
            return Is(tokens, i + 1, "progressing") ? i + 1 : null;
        }

        if (word == "worse")
        {
            return Is(tokens, i + 1, "not") && Is(tokens, i + 2, "better") ? i + 2 : null;
        }

        if (word == "no" && Is(tokens, i + 1, "better"))
        {
            for (var k = i + 2; k < tokens.Count && k <= i + 5 && tokens[k].Sentence == tokens[i].Sentence; k++)
            {
                if (tokens[k].Lower == "worse")
                {
                    return k;
                }
            }
        }

        return null;
    }

    private static bool Is(List<TextToken> tokens, int k, string word) => k < tokens.Count && tokens[k].Lower == word && tokens[k].Sentence == tokens[k - 1].Sentence;
}
