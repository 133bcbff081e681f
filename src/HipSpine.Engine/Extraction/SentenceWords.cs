namespace HipSpine.Engine.Extraction;

/// <summary>Reads a neighbouring word only within one sentence, so a look-ahead or look-behind never crosses a full stop.</summary>
internal static class SentenceWords
{
    /// <summary>The lower-cased word at <paramref name="k"/> when it lies in <paramref name="sentence"/>, else "".</summary>
    public static string At(List<TextToken> tokens, int k, int sentence) =>
        k >= 0 && k < tokens.Count && tokens[k].Sentence == sentence ? tokens[k].Lower : "";
}
