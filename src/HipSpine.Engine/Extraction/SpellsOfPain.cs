using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Spells" in the plural are the pain's earlier episodes (<c>episode.recurrent</c>, round 70), as "bouts" and "episodes" are in
/// the lexicon: "I've had several short spells of mild sciatic pain", "Over the years I've had spells where walking any distance
/// was a struggle", "the pain came and went in spells that lasted months". Its word is too common for a lexicon phrase, which
/// would take a length of time ("long spells at my desk") and a faint ("dizzy spells") with it; those are left out by the word
/// before, and "it spells trouble" by its subject. A denial, a worry or another person's spells are not read.
/// </summary>
internal static class SpellsOfPain
{
    private const string Code = "episode.recurrent";

    /// <summary>Words before "spells" that make them something other than the pain's episodes.</summary>
    private static readonly HashSet<string> OtherSpells = new(StringComparer.Ordinal)
    {
        "dizzy", "fainting", "faint", "blackout", "long", "longer", "hot", "cold", "dry", "wet", "sunny", "rainy", "warm", "coughing",
        "sneezing", "crying", "magic", "it", "that", "this", "which",
    };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, Read, tokens, context, vocabulary, mentions);

    /// <summary>"spells" at i, not of a faint, a length of time or a verb: its own index, or null.</summary>
    internal static int? Read(List<TextToken> tokens, int i) =>
        tokens[i].Lower == "spells" && (i == 0 || tokens[i - 1].Clause != tokens[i].Clause || !OtherSpells.Contains(tokens[i - 1].Lower)) ? i : null;
}
