namespace HipSpine.Engine.Extraction;

/// <summary>
/// A change verb, a degree word or two, then "worse": "it's got way worse", "it got even worse", "has got so much worse",
/// "it's getting a lot worse" (<c>episode.worsening</c>). The lexicon holds "got worse" only without the degree words
/// between, and they are what lay writers put there most. Not when what follows tells what aggravates the pain ("gets much
/// worse when I walk", "got way worse if I sit"): that is an activity, not a course.
/// </summary>
internal static class GotWorse
{
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.Ordinal) { "got", "gotten", "getting", "become", "became", "grown" };

    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "much", "way", "even", "a", "lot", "bit", "so", "far", "really", "heaps", "loads", "massively", "considerably", "significantly",
    };

    /// <summary>Words after "worse" that tell when or with what it hurts more, not that the course worsens.</summary>
    private static readonly HashSet<string> Aggravation = new(StringComparer.Ordinal)
    {
        "when", "whenever", "if", "with", "after", "while", "during", "doing",
    };

    /// <summary>The token index of "worse" in a change verb, degree words and "worse" at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!ChangeVerbs.Contains(tokens[i].Lower))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            var word = tokens[k].Lower;
            if (word == "worse")
            {
                // A degree word is needed: bare "got worse" is the lexicon's, and its readers already guard it.
                var next = k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence ? tokens[k + 1].Lower : "";
                return k > i + 1 && !Aggravation.Contains(next) ? k : null;
            }

            if (!Degree.Contains(word))
            {
                return null;
            }
        }

        return null;
    }
}
