namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Getting worse, not better" is first the course. It says care has not helped only when care is told before it or in its
/// sentence ("the GP gave me tablets ... it's got worse not better", "worse not better, even with their treatment"); care
/// named only later in the story ("My GP has referred me on") was not yet tried on it, and a doctor or a clinic seen only
/// for a name for it ("the doctor thought growing pains", "they did scans, nothing showed") is not a treatment tried.
/// </summary>
internal static class WorseNotBetter
{
    /// <summary>Who gives care and where: seeing them is not yet a treatment that failed.</summary>
    private static readonly string[] PeopleAndPlaces =
        ["doctor", "hospital", "clinic", "emergency", "nurse", "specialist", "appointment", "surgeon"];

    /// <summary>Whether a "not better" match follows "worse" and no treatment is told before it or in its sentence.</summary>
    public static bool CourseWithoutCareBefore(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (tokens[match.LastToken].Lower != "better" || tokens[first].Lower is not ("not" or "no"))
        {
            return false;
        }

        var afterWorse = false;
        for (var j = first - 1; j >= 0 && j >= first - 4 && tokens[j].Sentence == tokens[first].Sentence; j--)
        {
            afterWorse |= tokens[j].Lower is "worse" or "worst";
        }

        if (!afterWorse)
        {
            return false;
        }

        for (var j = 0; j < tokens.Count; j++)
        {
            if ((j < first || tokens[j].Sentence == tokens[first].Sentence) && ModifierRules.NamesCare(tokens[j].Lower)
                && tokens[j].Lower is not ("dr" or "gp" or "gps" or "er") && !WordPrefixes.StartsWithAny(tokens[j].Lower, PeopleAndPlaces))
            {
                return false;
            }
        }

        return true;
    }
}
