namespace HipSpine.Engine.Extraction;

/// <summary>Stable diagnostic codes of <c>knowledge/lexicon/</c> (beside the KBxxx codes of the knowledge loader).</summary>
internal static class LexiconDiagnosticCodes
{
    /// <summary>A patient finding has no lay phrase.</summary>
    public const string Coverage = "KB100";

    /// <summary>One phrase gives two findings and neither entry outranks the other.</summary>
    public const string Ambiguous = "KB101";

    /// <summary>A number of the lexicon (counts of phrases).</summary>
    public const string Summary = "KB102";
}
