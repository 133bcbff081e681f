using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Carried or helped along by others ("my husband had to carry me home", "two people had to help me the last half mile")
/// is the person's own difficulty walking or standing (<c>func.difficulty_walking_standing</c>): eight of nine
/// spent stories that say it annotate it. A word pattern, not a lexicon phrase: "me" is a stop word, and "had to carry"
/// alone would read "had to carry the shopping". Not "help me with" (the forms), which is not getting about. The other person
/// is always the subject, so the context frame calls the words someone else's; "me" makes them the person's own, and only a
/// denial or a worry ("I'm scared they'll have to carry me") keeps them out.
/// </summary>
internal static class CarriedByOthers
{
    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst("func.difficulty_walking_standing", Read, tokens, context, vocabulary, mentions, ownEvenWithAnotherSubject: true);

    /// <summary>The last token of "had to carry (help) me" starting at i, or null.</summary>
    private static int? Read(List<TextToken> tokens, int i) =>
        tokens[i].Lower == "had" && i + 3 < tokens.Count && tokens[i + 1].Lower == "to" && tokens[i + 2].Lower is "carry" or "help"
            && tokens[i + 3].Lower == "me" && tokens[i + 3].Clause == tokens[i].Clause
            && !(i + 4 < tokens.Count && tokens[i + 4].Lower == "with")
            ? i + 3
            : null;
}
