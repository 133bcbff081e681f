using HipSpine.Engine.Extraction;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>The language-rule tests' one way to ask what a sentence says about a finding (on the corpus's date).</summary>
internal static class ExtractedValue
{
    public static readonly DateOnly Today = new(2026, 12, 3);

    private static readonly Lazy<FreeTextExtractor> Shared = new(() => FreeTextExtractor.Create(Kb.Knowledge));

    public static FreeTextExtractor Extractor => Shared.Value;

    /// <summary>The finding's contract value read from the text (bool, int or choice), or null when it is not read.</summary>
    public static object? Of(string text, string code)
    {
        var found = Extractor.Extract(text, Today).Findings.Where(f => f.Finding.Code == code).ToList();
        return found.Count == 0 ? null : ExtractionResult.ValueOf(found[0].Finding, found[0].Value);
    }
}
