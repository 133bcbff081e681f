using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Phrases generated from each finding's clinician wording ("Groin / anterior hip pain" gives "anterior hip
/// pain"): the pieces between slashes, commas, brackets and "or" that have two to four content words, are
/// not made only of generic words, and do not already belong to another finding. They catch the clinical
/// words people repeat from their notes ("paraesthesia", "greater trochanter").
/// </summary>
internal static class PhraseGenerator
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "pain", "leg", "hip", "worse", "wors", "with", "prolong", "new", "sever", "pain", "symptom", "history", "histor", "recent",
        "not", "no", "patient", "feel", "problem", "day", "sit", "stand", "walk",
    };

    public static List<LexiconPhrase> FromQuestions(IReadOnlyList<FindingQuestion> questions, IReadOnlyList<LexiconPhrase> authored)
    {
        var taken = authored.Where(p => p.Finding is not null).Select(p => LexiconLoader.Key(p.Stems)).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<LexiconPhrase>();
        foreach (var q in questions.Where(q => !q.Definition.IsClinicianOnly && q.Definition.Type == Vocabulary.FindingType.Bool))
        {
            foreach (var piece in q.Clinician.Split(['/', ',', ';', '(', ')'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                         .SelectMany(p => p.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            {
                var stems = LexiconLoader.Stems(piece);
                // A piece with a number is a threshold ("3 months or more"), not words a person uses for the finding.
                if (stems.Length is < 2 or > 4 || stems.All(Generic.Contains) || taken.Contains(LexiconLoader.Key(stems)) || piece.Any(char.IsDigit))
                {
                    continue;
                }

                candidates.Add(new LexiconPhrase(piece.ToLowerInvariant(), stems, q.Definition, null, PhraseExperiencer.Self, [], true, "knowledge/findings"));
            }
        }

        // A generated piece shared by two findings says nothing about either.
        return candidates.GroupBy(p => LexiconLoader.Key(p.Stems), StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Finding!.Code).Distinct(StringComparer.Ordinal).Count() == 1)
            .Select(g => g.First())
            .ToList();
    }
}
