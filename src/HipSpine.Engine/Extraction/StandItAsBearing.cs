namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Stand it" is bearing something, not standing up (round 57): "so painful I can hardly stand it", "the pain is so bad I can
/// barely stand it" tell how bad the pain is, and the writers leave difficulty walking or standing blank for them (the pool's
/// two such readings); "when I try to stand it shoots down my leg" is still standing, since "it" there starts a new statement.
/// So a difficulty-standing phrase whose "stand" is followed by "it", "this" or "that" closing its segment is left out.
/// </summary>
internal static class StandItAsBearing
{
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var stand = match.LastToken;
        if (tokens[stand].Lower is not ("stand" or "standing") || stand + 1 >= tokens.Count)
        {
            return false;
        }

        var it = tokens[stand + 1];
        if (it.Lower is not ("it" or "this" or "that") || it.Segment != tokens[stand].Segment)
        {
            return false;
        }

        // the object closes its segment: nothing after it, or only "any more", "anymore", "much longer"
        for (var k = stand + 2; k < tokens.Count && tokens[k].Segment == it.Segment; k++)
        {
            if (tokens[k].Lower is not ("any" or "more" or "anymore" or "much" or "longer"))
            {
                return false;
            }
        }

        return true;
    }
}
