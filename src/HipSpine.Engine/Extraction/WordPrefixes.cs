namespace HipSpine.Engine.Extraction;

/// <summary>Word-start tests the extraction rules share: lists of prefixes catch a word's inflections without a stemmer.</summary>
internal static class WordPrefixes
{
    /// <summary>Whether <paramref name="lower"/> (a lower-cased word) starts with one of <paramref name="prefixes"/>.</summary>
    public static bool StartsWithAny(string lower, string[] prefixes)
    {
        foreach (var p in prefixes)
        {
            if (lower.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
