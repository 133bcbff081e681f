namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Attacked" and "attacking" are the verb: someone or something attacked the writer ("17 years ago I was attacked"), an
/// assault and no pain that returns. A recurrence is told with the noun ("it comes in attacks", "a sciatica attack"), which
/// the stemmer folds the verb onto, so the lexicon cannot ignore the verb without losing the noun (round 69).
/// </summary>
internal static class AttackedAsAVerb
{
    /// <summary>Whether a recurrence match was read from a verb form of "attack".</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match) =>
        match.Tokens.Any(k => tokens[k].Lower is "attacked" or "attacking");
}
