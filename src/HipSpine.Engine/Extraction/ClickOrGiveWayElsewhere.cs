namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two readings of <c>pain.clicking_locking_catching</c> (a hip that clicks, locks or catches again and again) that tell something
/// else: one sound at the moment of an injury ("my back went 'click'", "heard a click in my lower back" while lifting) is how the
/// pain began, and a knee or a weak or numb leg that "gives way" ("my knee suddenly gives way", "my leg keeps going weak and giving
/// way") is weakness or the knee, not the hip catching. "My hip clicks", "it clicks and pops as I walk" and "my leg gave way on me"
/// are still read.
/// </summary>
internal static class ClickOrGiveWayElsewhere
{
    /// <summary>Words of weakness or numbness that make a leg giving way a weak leg.</summary>
    private static readonly string[] WeakPrefixes = ["weak", "numb", "heavy", "paralys", "dead", "jelly"];

    /// <summary>Whether a clicking match is one sound at an injury or a knee or weak leg giving way.</summary>
    public static bool Applies(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.FirstToken;
        var word = tokens[k].Lower;
        if (word is "click" or "crunch" or "clunk" or "crunching" && match.Tokens.Length == 1)
        {
            // "went 'click'", "went crunch": the back went with one sound.
            if (k > 0 && tokens[k - 1].Lower is "went" or "goes" or "go" && tokens[k - 1].Clause == tokens[k].Clause)
            {
                return true;
            }

            // "heard a click", "felt a click": one sound, heard once.
            return k > 1 && tokens[k - 1].Lower is "a" or "one" && tokens[k - 2].Lower is "heard" or "felt" or "hear" or "feel";
        }

        if (!Array.Exists(match.Tokens, j => tokens[j].Lower == "way"))
        {
            return false;
        }

        // The knee giving way, or a leg told weak or numb in the same sentence.
        var sentence = tokens[k].Sentence;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens[j].Sentence == sentence
                && ((j < k && tokens[j].Lower is "knee" or "knees") || WordPrefixes.StartsWithAny(tokens[j].Lower, WeakPrefixes)))
            {
                return true;
            }
        }

        return false;
    }
}
