namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Had ... before" tells an earlier episode when what was had is the pain or the back ("had a flare before", "had back
/// trouble before"); "before" that opens a clause is a time word ("before I had to walk home", "just before all this I had a
/// cough"), and an illness or event between "had" and "before" is that illness's history ("he had a stroke before").
/// </summary>
internal static class BeforeOfSomethingElse
{
    /// <summary>Illnesses and events other than the pain that people say they "had before".</summary>
    private static readonly string[] OtherIllnessPrefixes =
        ["stroke", "cough", "cold", "flu", "infection", "pneumon", "virus", "operation", "surgery", "baby", "cancer", "heart", "fever", "covid", "chest"];

    /// <summary>Whether a recurrence match of "had" and "before" puts "before" first or names another illness between them.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var had = Array.FindIndex(match.Tokens, k => tokens[k].Lower is "had" or "have" or "has");
        var before = Array.FindIndex(match.Tokens, k => tokens[k].Lower == "before");
        if (had < 0 || before < 0)
        {
            return false;
        }

        var h = match.Tokens[had];
        var b = match.Tokens[before];
        if (b < h)
        {
            return true;
        }

        for (var k = h + 1; k < b; k++)
        {
            if (WordPrefixes.StartsWithAny(tokens[k].Lower, OtherIllnessPrefixes))
            {
                return true;
            }
        }

        return false;
    }
}
