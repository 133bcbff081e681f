using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>Whose finding a phrase may describe.</summary>
internal enum PhraseExperiencer
{
    /// <summary>The person themself (a mention about anyone else is not counted).</summary>
    Self,

    /// <summary>A parent, sibling or child (e.g. "my dad has ankylosing spondylitis" for the family history).</summary>
    FirstDegreeRelative,
}

/// <summary>
/// One lay phrase: its content stems (matched in any order, inflections folded), the finding and value it
/// gives, and where it came from. A phrase with no finding is an "ignore" phrase: it only takes its words
/// away from the others ("came back" is not the low back).
/// </summary>
internal sealed record LexiconPhrase(
    string Text,
    string[] Stems,
    FindingDefinition? Finding,
    string? Value,
    PhraseExperiencer Experiencer,
    IReadOnlyList<string> Outranks,
    bool Generated,
    string File)
{
    /// <summary>Findings the same words also give: with a fixed value, or (null) the phrase's own value.</summary>
    public IReadOnlyList<(FindingDefinition Finding, string? Value)> Also { get; init; } = [];

    /// <summary>The phrase gives its findings only when denied ("no injury" is false for both injury codes; "injured" alone says too little).</summary>
    public bool OnlyWhenDenied { get; init; }

    /// <summary>The phrase gives its finding only when affirmed: a treatment implies the illness, but "no antibiotics" or "didn't need chemo" does not deny it.</summary>
    public bool OnlyWhenAffirmed { get; init; }

    /// <summary>
    /// A bare organ or place word ("bladder", "bowels", "saddle area", "balance"): it says a change only with a change
    /// word in its clause ("problems with my bladder", "lost my balance"); "my bladder" alone says nothing is wrong with it.
    /// </summary>
    public bool OnlyWithChange { get; init; }

    /// <summary>
    /// The phrase names a normal function ("pass urine", "opened my bowels", "feel the toilet paper"): its loss is the
    /// finding, so a negation or an inability before it affirms the finding (<see cref="LostFunction"/>).
    /// </summary>
    public bool NamesAFunction { get; init; }

    /// <summary>
    /// The words keep their written order: "sit to stand" is rising from a seat, "standing or sitting" is two activities.
    /// </summary>
    public bool InOrder { get; init; }

    /// <summary>
    /// A phrasal verb ("getting me down", "flared up"): its particle belongs to its verb, so the words keep their written order
    /// ("crouch down to get" or "lying down gets rid of it" is not "getting me down").
    /// </summary>
    public bool HasParticle { get; } = Stems.Length > 1 && Array.Exists(Stems, s => s is "down" or "up" or "off" or "out");

    /// <summary>A body site (<c>where.*</c>): a noun phrase, matched in written order within one comma-separated part.</summary>
    public bool IsBodySite { get; } = Finding is { } f && f.Code.StartsWith("where.", StringComparison.Ordinal);
}

/// <summary>The compiled lexicon: every phrase, indexed by each of its stems for matching.</summary>
internal sealed class Lexicon
{
    private static readonly LexiconPhrase[] None = [];

    private readonly Dictionary<string, LexiconPhrase[]> byStem;

    public Lexicon(IReadOnlyList<LexiconPhrase> phrases)
    {
        Phrases = phrases;
        byStem = phrases
            .SelectMany(p => p.Stems.Distinct(StringComparer.Ordinal).Select(s => (Stem: s, Phrase: p)))
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Phrase).ToArray(), StringComparer.Ordinal);
        KnownStems = byStem.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<LexiconPhrase> Phrases { get; }

    /// <summary>Every stem some phrase uses: the targets of spelling correction.</summary>
    public IReadOnlySet<string> KnownStems { get; }

    public LexiconPhrase[] WithStem(string stem) => byStem.GetValueOrDefault(stem) ?? None;

    /// <summary>Words that carry no meaning for matching (kept in the text for triggers and offsets).</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "your", "me", "i", "i'm", "im", "i've", "ive", "i'd", "of", "in", "on", "at", "to", "into", "and", "&",
        "or", "is", "are", "am", "was", "were", "be", "been", "being", "it", "it's", "its", "this", "that", "with", "when", "from",
        "for", "so", "very", "really", "quite", "just", "also", "some", "any", "there", "whenever", "if",
        "by", "as", "right", "left", "then", "will", "which", "about", "roughly", "approximately", "approx",
    };

    public static bool IsStopWord(string lower) => StopWords.Contains(lower);
}
