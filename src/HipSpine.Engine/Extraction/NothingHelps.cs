using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Nothing helps" covers what its sentence names. With a painkiller or rest named there ("took 2 Tylenol, tried the
/// heat pad, nothing helps") it is pain that painkillers or rest do not relieve (<c>pain.unrelieved_by_rest_or_painkillers</c>);
/// said of the care in general ("Did physio and other treatments, nothing helped at all", "been to the GP 4 times and
/// nothing's helped", "nothing I do helps") it is care that has not helped (<c>episode.not_improving_with_care</c>, which,
/// like every reading of that finding, needs the story to name some care).
/// </summary>
internal static class NothingHelps
{
    private const string Code = "episode.not_improving_with_care";

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal)
    {
        "help", "helps", "helped", "helping", "eases", "eased", "easing",
    };

    /// <summary>Words between "nothing" and its verb ("nothing's helped", "nothing has helped", "nothing I do helps").</summary>
    private static readonly HashSet<string> Between = new(StringComparer.Ordinal)
    {
        "is", "has", "have", "had", "seems", "seemed", "to", "really", "really's", "i", "do", "try", "tried", "much", "at", "all", "ever",
    };

    /// <summary>Word beginnings of a painkiller or of rest: what "nothing" then covers.</summary>
    internal static readonly string[] PainkillerOrRest =
    [
        "painkill", "pain-kill", "tablet", "pill", "paracetamol", "acetaminophen", "ibuprofen", "tylenol", "advil", "nurofen", "naproxen",
        "aleve", "codeine", "co-codamol", "cocodamol", "tramadol", "morphine", "oxy", "meds", "medication", "medicine", "rest", "aspirin",
        "diclofenac", "voltaren", "gabapentin", "pregabalin", "anti-inflam", "antiinflam", "nsaid",
        "codamol", "dydramol", // "co-codamol", "co-dydramol": the tokenizer splits a hyphenated word, so the name is read from its second half
    ];

    /// <summary>Whether a "nothing helps" reading of unrelieved pain has no painkiller or rest in its sentence to cover.</summary>
    public static bool SaidOfCareInGeneral(List<TextToken> tokens, PhraseMatch match) =>
        tokens[match.FirstToken].Lower.StartsWith("nothing", StringComparison.Ordinal) && !SentenceNamesPainkillerOrRest(tokens, match.FirstToken);

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (ModifierRules.CareIsSpokenOf(tokens))
        {
            WordPatternFinding.AddFirst(Code, NothingThenHelps, tokens, context, vocabulary, mentions);
            WordPatternFinding.AddFirst(Code, ReliefWoreOff.Read, tokens, context, vocabulary, mentions, notInThePast: true); // "helps for a bit but it keeps coming back"
            WordPatternFinding.AddFirst(Code, CareVerdict.VerdictAfterCare, tokens, context, vocabulary, mentions, notInThePast: true); // "Took 2 ibuprofen, nothing."
            WordPatternFinding.AddFirst(Code, CareVerdict.CareMadeItWorse, tokens, context, vocabulary, mentions, notInThePast: true); // "Massage made it way worse"
            WordPatternFinding.AddFirst(Code, StillThereAfterCare.Read, tokens, context, vocabulary, mentions, notInThePast: true); // "did physio, it's still there"
        }

        UnrelievedByPainkillers.Add(tokens, context, vocabulary, mentions); // "the painkillers aren't touching it": said of painkillers or rest alone
        CareCalledThey.Apply(tokens, mentions); // "had injections, they didn't help": "they" is the care, not another person
    }

    /// <summary>The verb of "nothing (has, I do ...) helps" starting at i, when its sentence names no painkiller or rest, or null.</summary>
    private static int? NothingThenHelps(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower is not ("nothing" or "nothing's" or "nothings"))
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            if (HelpWords.Contains(tokens[k].Lower))
            {
                return SentenceNamesPainkillerOrRest(tokens, i) ? null : k;
            }

            if (!Between.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        return null;
    }

    private static bool SentenceNamesPainkillerOrRest(List<TextToken> tokens, int at)
    {
        var sentence = tokens[at].Sentence;
        return tokens.Exists(t => t.Sentence == sentence && WordPrefixes.StartsWithAny(t.Lower, PainkillerOrRest));
    }
}
