namespace HipSpine.Engine.Extraction;

/// <summary>
/// "worse" told right after a verb and a few words of degree in the verb's own segment ("is much worse", "was even
/// worse"), the shared first step of the readers of a worse pain now or on a later day; each reader checks its own verb
/// and what may follow.
/// </summary>
internal static class WorseAfterTheVerb
{
    /// <summary>
    /// The token index of "worse" after the verb at i and up to three words of <paramref name="degree"/>, or null; also
    /// null when "worse" tells what aggravates ("worse when I walk"), which is no course.
    /// </summary>
    public static int? Index(List<TextToken> tokens, int i, HashSet<string> degree)
    {
        var k = i + 1;
        while (k < tokens.Count && k <= i + 3 && degree.Contains(tokens[k].Lower) && tokens[k].Segment == tokens[i].Segment)
        {
            k++;
        }

        return k >= tokens.Count || tokens[k].Lower != "worse" || tokens[k].Segment != tokens[i].Segment || MentionRules.IsAggravation(tokens, [k])
            ? null
            : k;
    }
}
