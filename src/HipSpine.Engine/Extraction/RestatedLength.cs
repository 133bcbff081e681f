namespace HipSpine.Engine.Extraction;

/// <summary>A vague length the person restates right away with a count: the count is their closer figure.</summary>
internal static class RestatedLength
{
    /// <summary>
    /// Whether <paramref name="later"/> restates the vague length <paramref name="vague"/> ("a few", "a couple of", "several",
    /// "some") with a count, right after it and its "ago" behind a pause, with only a hedge between ("a few weeks ago (maybe
    /// 6 wks?)", "several months ago, about 5 months"): the person's closer figure for the same time.
    /// </summary>
    public static bool Closer(List<TextToken> tokens, TimeSpanMention vague, TimeSpanMention later)
    {
        var first = tokens[vague.FirstToken].Lower;
        var second = vague.FirstToken + 1 < tokens.Count ? tokens[vague.FirstToken + 1].Lower : "";
        if (!(first is "several" or "some" || (first == "a" && second is "few" or "couple")) || later.Relative
            || tokens[later.FirstToken].Lower is "a" or "few" or "several" or "some" or "couple")
        {
            return false;
        }

        var k = vague.LastToken + 1;
        var dated = k < tokens.Count && tokens[k].Lower == "ago";
        k += dated ? 1 : 0;
        if (k >= tokens.Count || !tokens[k].AfterComma || tokens[k].Sentence != tokens[vague.LastToken].Sentence)
        {
            return false;
        }

        while (k < later.FirstToken && tokens[k].Lower is "maybe" or "about" or "around" or "roughly" or "approx" or "so" or "probably" or "more" or "like" or "prob")
        {
            k++;
        }

        var laterDated = later.LastToken + 1 < tokens.Count && tokens[later.LastToken + 1].Lower == "ago";
        return k == later.FirstToken && (dated || !laterDated);
    }
}
