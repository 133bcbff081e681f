using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Sense checks for what modifies the pain: care that did not help needs care told of, a relief that is hedged is
/// partial, and an activity told in the past progressive is what the person was doing when the pain began.
/// </summary>
internal static class ModifierRules
{
    /// <summary>
    /// Word beginnings that name care: a treatment, a medicine or someone who gives it. "Not improving with care" asks about
    /// pain that treatment has not helped; "it isn't settling" or "getting worse, not better" with no care told of is the course.
    /// </summary>
    private static readonly string[] CarePrefixes =
    [
        "physio", "therap", "treat", "tablet", "pill", "painkill", "medic", "meds", "ibuprof", "naprox", "paracet", "codeine",
        "tylenol", "nurofen", "advil", "motrin", "aleve", "diclofenac", "anti", "inject", "jab", "steroid", "doctor", "chiro",
        "osteopath", "massage", "exercis", "stretch", "rest", "tried", "trying", "prescri", "gave", "given", "cream", "gel", "heat", "ice",
        "acupunct", "surgeon", "clinic", "hospital", "emergency", "nurse", "specialist", "drug", "opioid", "tramadol", "morphine", "gabapentin",
        "pregabalin", "amitrip", "aspirin", "cocodamol", "co-codamol", "spray", "brace", "support", "pilates", "yoga", "sessions", "appointment",
        "epidur", // "15 epidurals ... they don't do much" (round 56): an epidural injection is care
        // Round 63: medicines named by kind or brand, and hands-on care, that the list lacked ("gave me Loxonin and some patches,
        // but they haven't helped", "Tried painkillers, muscle relaxants ... nothing has shifted it")
        "relaxant", "cortison", "prednis", "loxonin", "nsaid", "voltaren", "voltarol", "lyrica", "celebrex", "oxycod", "oxycontin",
        "hydrocod", "vicodin", "percocet", "diazepam", "valium", "meloxicam", "lidocaine", "ablation", "manipulat", "needling",
    ];

    /// <summary>Short words that name care, matched whole ("GP", "ER", "TENS").</summary>
    /// <remarks>Not "patches" (round 63, measured): "big patches of me have gone numb" is no care, and pain patches were found by
    /// the medicine named beside them.</remarks>
    private static readonly HashSet<string> CareWords = new(StringComparer.Ordinal) { "gp", "gps", "dr", "er", "tens", "pt" };

    /// <summary>Whether the text tells of care anywhere ("Physio for 6 weeks. It's no better."): a story is about one pain.</summary>
    public static bool CareIsSpokenOf(List<TextToken> tokens) =>
        Enumerable.Range(0, tokens.Count).Any(k => NamesCare(tokens[k].Lower) || NamesABlock(tokens, k));

    /// <summary>
    /// "Had nerve blocks" (round 63): a block is care only after a nerve, a root, a facet or a joint ("walk two blocks" is a
    /// distance), so it is read beside its word and not in the care list.
    /// </summary>
    public static bool NamesABlock(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "block" or "blocks" && k > 0 && tokens[k - 1].Lower is "nerve" or "root" or "facet" or "joint";

    /// <summary>Whether a word names care: a treatment, a medicine or someone who gives it ("ibuprofen", "physio", "GP").</summary>
    /// <remarks>A pillow is no pill (round 56: "Tried a bath, the pregnancy pillow, hot water bottle, nothing" names no care).</remarks>
    public static bool NamesCare(string lower) => CareWords.Contains(lower) || (StartsWithAny(lower, CarePrefixes) && !lower.StartsWith("pillow", StringComparison.Ordinal));

    /// <summary>
    /// Whether token at stands in a clause told in the past progressive ("I was bending over in the bath when ...", "I was
    /// lifting a sofa up the stairs"): it tells what the person was doing when the pain began, not what makes it worse now.
    /// </summary>
    public static bool InPastProgressive(List<TextToken> tokens, int at)
    {
        var clause = tokens[at].Clause;
        for (var k = at - 1; k >= 0 && k >= at - 6 && tokens[k].Clause == clause; k--)
        {
            if (tokens[k].Lower is "was" or "were" && k + 1 <= at && tokens[k + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && tokens[k + 1].Lower.Length > 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make a relief partial ("helps a bit", "helped somewhat"): a good response to a medicine is a strong one.</summary>
    private static readonly HashSet<string> HedgeWords = new(StringComparer.Ordinal)
    {
        "bit", "somewhat", "slightly", "little", "partly", "partially", "mildly", "marginally", "sort", "kind", "abit",
    };

    /// <summary>Whether a word of relief at token last is hedged by a word just after it ("ibuprofen helps a bit").</summary>
    public static bool IsHedged(List<TextToken> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + 3 && tokens[k].Segment == tokens[last].Segment; k++)
        {
            if (HedgeWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns that count episodes: on their own they say the pain recurs, but "of" another illness names that illness's.</summary>
    private static readonly HashSet<string> EpisodeNouns = new(StringComparer.Ordinal) { "bouts", "bout", "episodes", "episode", "attacks", "attack" };

    /// <summary>
    /// Whether a recurrence phrase that is only an episode noun counts episodes of something other than a pain ("eight bouts
    /// of uveitis", "attacks of gout"), or waves within one pain ("short bouts lasting a couple of minutes").
    /// </summary>
    public static bool EpisodesOfSomethingElse(List<TextToken> tokens, PhraseMatch match)
    {
        var k = match.LastToken;
        if (match.Tokens.Length != 1 || !EpisodeNouns.Contains(tokens[k].Lower) || k + 1 >= tokens.Count || tokens[k + 1].Segment != tokens[k].Segment)
        {
            return false;
        }

        if (tokens[k + 1].Lower is "lasting" or "that" or "lasted")
        {
            return tokens.Skip(k + 1).Take(6).Any(t => t.Lower.StartsWith("minute", StringComparison.Ordinal) || t.Lower.StartsWith("second", StringComparison.Ordinal));
        }

        if (tokens[k + 1].Lower != "of")
        {
            return false;
        }

        for (var j = k + 2; j < tokens.Count && j <= k + 4 && tokens[j].Segment == tokens[k].Segment; j++)
        {
            if (MentionRules.IsSymptomWord(tokens[j].Lower) || tokens[j].Lower is "back" or "sciatica" or "lumbago")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the sentence of token i is dated years back ("ten years ago it turned into sciatica"): an earlier episode's course,
    /// which the context's past triggers do not see; not months or "a year ago", which date this pain's start ("a year ago ... then it turned into", held-back 59 UJ_009).
    /// Wider than <see cref="DurationSenses.DatedYearsBack"/>: a counted "ten years ago", and one anywhere in the sentence, count too.
    /// </summary>
    public static bool SentenceSaysYearsAgo(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence == sentence && tokens[k].Lower == "ago" && tokens[k - 1].Lower is "years" or "yrs" or "decades")
            {
                return true;
            }
        }

        return false;
    }
}
