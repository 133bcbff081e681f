namespace HipSpine.Engine.Extraction;

/// <summary>
/// Folds a misspelt word onto the lexicon's stem one edit away (a letter missing, extra, changed or two
/// swapped: "siatica", "tinglling", "buttok"), using the symmetric-delete method: every stem and each of its
/// one-letter deletions point back to the stem. Only words of six letters or more that start with the same
/// letter are corrected, so short common words ("might", "ladder") are never bent into symptoms.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinimumLength = 6;

    // deletion variant (or the stem itself) -> stem; null when two stems share it (ambiguous: no correction)
    private readonly Dictionary<string, string?> variants = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> known;

    public SpellingCorrector(IReadOnlySet<string> knownStems)
    {
        known = knownStems;
        foreach (var stem in knownStems.Where(s => s.Length >= MinimumLength - 1 && s.All(char.IsLetter)))
        {
            Add(stem, stem);
            for (var i = 0; i < stem.Length; i++)
            {
                Add(stem.Remove(i, 1), stem);
            }
        }
    }

    /// <summary>The known stem the word was meant to be, or the word itself.</summary>
    public string Correct(string stem)
    {
        if (stem.Length < MinimumLength || known.Contains(stem) || !stem.All(char.IsLetter))
        {
            return stem;
        }

        // a letter missing from the text: the text is a deletion of the stem
        if (Lookup(stem) is { } missing)
        {
            return missing;
        }

        for (var i = 0; i < stem.Length; i++)
        {
            var deleted = stem.Remove(i, 1);
            if (known.Contains(deleted) && deleted[0] == stem[0])
            {
                return deleted; // an extra letter in the text
            }

            if (Lookup(deleted) is { } changed && changed.Length == stem.Length)
            {
                return changed; // a letter changed, or two letters swapped
            }
        }

        return stem;
    }

    private string? Lookup(string variant) =>
        variants.TryGetValue(variant, out var stem) && stem is not null && stem[0] == variant[0] ? stem : null;

    private void Add(string variant, string stem)
    {
        if (variants.TryGetValue(variant, out var existing))
        {
            if (existing != stem)
            {
                variants[variant] = null;
            }

            return;
        }

        variants[variant] = stem;
    }
}
