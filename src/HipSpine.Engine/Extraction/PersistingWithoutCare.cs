namespace HipSpine.Engine.Extraction;

/// <summary>
/// "It's not going away", "it isn't going away", "it won't budge" is the course of the pain; it says care has not helped
/// (<c>episode.not_improving_with_care</c>) only when a treatment is told in its sentence or the sentence before or after ("I've been
/// taking anti-inflammatories and painkillers but it's not going away", "done PT and it's just not going away", "it just won't
/// budge. A private doctor gave me diclofenac ..."). Round 65,
/// counted over the pool: the writers annotate it beside a treatment and leave it blank when the care is told elsewhere or
/// not at all ("About two weeks ago I started getting pain deep in my buttock and its not going away", "coach says its just a
/// muscle thing but its not going away"). A doctor, clinic or hospital seen is not a treatment tried (as in
/// <see cref="WorseNotBetter"/>).
/// </summary>
internal static class PersistingWithoutCare
{
    private static readonly string[] PeopleAndPlaces =
        ["doctor", "hospital", "clinic", "emergency", "nurse", "specialist", "appointment", "surgeon"];

    /// <summary>Whether a "not going away" match has no treatment told in its sentence or the ones either side.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        if (!Array.Exists(match.Tokens, k => tokens[k].Lower is "going" or "budge"))
        {
            return false;
        }

        var sentence = tokens[match.FirstToken].Sentence;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence >= sentence - 1 && tokens[j].Sentence <= sentence + 1 && !Array.Exists(match.Tokens, k => k == j)
                && ModifierRules.NamesCare(tokens[j].Lower) && tokens[j].Lower is not ("dr" or "gp" or "gps" or "er")
                && !WordPrefixes.StartsWithAny(tokens[j].Lower, PeopleAndPlaces))
            {
                return false;
            }
        }

        return true;
    }
}
