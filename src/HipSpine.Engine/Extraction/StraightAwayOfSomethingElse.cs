namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Straight away" (or "right away", "immediately", "instantly") tells a sudden onset when the pain came at once ("bent down
/// and straight away got pain", "my back went straight away"), not when it times something else (round 56): knowing or
/// realising ("I knew straight away it was bad"), getting it checked ("should've got it checked straight away"), a pain that
/// "came back straight away" (a return, not how this episode began) or a habit told with "almost" ("I have to sit down
/// almost straight away", "then almost straight away" in each run).
/// </summary>
internal static class StraightAwayOfSomethingElse
{
    private static readonly HashSet<string> OtherTimed = new(StringComparer.Ordinal)
    {
        "knew", "know", "realised", "realized", "realise", "realize", "checked", "almost", "nearly",
    };

    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var first = match.FirstToken;
        if (tokens[first].Lower is not ("straight" or "straightaway" or "right" or "immediately" or "instantly"))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].Clause == tokens[first].Clause; k--)
        {
            if (OtherTimed.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        // "it came back straight away": the return of a pain told before
        return first >= 2 && tokens[first - 1].Lower == "back" && tokens[first - 2].Lower is "came" or "come" or "comes" or "coming";
    }
}
