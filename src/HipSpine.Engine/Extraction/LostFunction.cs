using HipSpine.Engine.Cases;
using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A phrase that names a normal function (lexicon <c>namesAFunction</c>: "pass urine", "opened my bowels", "feel the
/// toilet paper", "put weight on it") gives its finding the other way round from every other phrase: NegEx's rule
/// that a negation denies what follows fits findings that are things a person has ("no fever"), but here the symptom
/// IS the absence or the inability. So:
/// <list type="bullet">
/// <item>a negation or an inability right before it (only small words between) says the function is lost, which is
/// the finding: "I haven't opened my bowels", "I cannot pass urine", "I have not been able to poo", "without opening
/// my bowels" (present);</item>
/// <item>a denied difficulty says it works: "no trouble passing urine", "never had problems opening my bowels" (false);</item>
/// <item>said to work normally it is false: "I can feel the toilet paper fine", "passing water is normal";</item>
/// <item>anything else says nothing: "I pee more at night", "it doesn't hurt when I pee" (the negation speaks of the
/// hurt, not the function, so no finding at all).</item>
/// </list>
/// ConText (Harkema et al. 2009) handles this kind with pseudo-triggers and finding-specific terms; here the phrase
/// itself carries the rule, so a negation trigger never flips it to a denial.
/// </summary>
internal static class LostFunction
{
    /// <summary>Words that may stand between the cue and the function ("haven't BEEN ABLE TO pass urine", "can't REALLY pee").</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "been", "able", "to", "managed", "manage", "any", "yet", "really", "properly", "fully", "even", "ever", "had", "get",
        "go", "seem", "seems", "quite", "i", "i've", "ive", "i'm", "im", "actually", "always", "be", "much", "at", "all", "a",
    };

    /// <summary>Word beginnings that say the person cannot do it ("unable to", "struggling to", "trouble passing", "hard to").</summary>
    private static readonly string[] InabilityPrefixes =
    [
        "can't", "cant", "cannot", "couldn't", "couldnt", "unable", "impossible", "struggl", "difficult", "trouble", "problem",
        "hard", "fail", "inability", "won't", "wont",
    ];

    /// <summary>Only these say "cannot"; the rest of <see cref="InabilityPrefixes"/> say it is hard ("trouble putting weight on it").</summary>
    private static readonly string[] StrictInabilityPrefixes = ["can't", "cant", "cannot", "couldn't", "couldnt", "unable", "impossible", "inability", "won't", "wont"];

    /// <summary>Findings that ask whether the person cannot do it at all: a difficulty is not enough.</summary>
    private static readonly HashSet<string> InabilityOnly = new(StringComparer.Ordinal) { "func.cannot_bear_weight" };

    /// <summary>Right after the function, these make it a matter of how often or when ("I don't pee much at night").</summary>
    private static readonly HashSet<string> HowOftenWords = new(StringComparer.Ordinal) { "much", "often", "as", "at", "during", "more", "less" };

    /// <summary>How far after the function a negation still belongs to it ("I try to pee AND CAN'T").</summary>
    private const int MaxWordsToTrailingNegation = 3;

    /// <summary>After a negation, these deny a difficulty, not the function ("is not a PROBLEM", "isn't HARD").</summary>
    private static readonly string[] DifficultyPrefixes = ["problem", "issue", "trouble", "difficult", "hard", "bother", "concern"];

    /// <summary>Words that say the function works as it should (lay forms of NegEx's "normal").</summary>
    private static readonly HashSet<string> NormalWords = new(StringComparer.Ordinal)
    {
        "fine", "normal", "normally", "ok", "okay", "alright", "usual", "unaffected", "unchanged", "easily",
    };

    /// <summary>
    /// The mention as the function phrase reads it, with the first token of what it read (the cue), or null when the
    /// text says nothing about the function.
    /// </summary>
    public static (ExtractedMention Mention, int CueFirst)? Read(ExtractedMention read, PhraseMatch match, MentionFrame frame, List<TextToken> tokens, ContextAnnotator context)
    {
        var first = match.FirstToken;
        var clause = tokens[first].Clause;
        var k = first - 1;
        while (k >= 0 && tokens[k].Clause == clause && !tokens[k + 1].AfterComma && SmallWords.Contains(tokens[k].Lower))
        {
            k--;
        }

        var cueInClause = k >= 0 && tokens[k].Clause == clause && !tokens[k + 1].AfterComma;
        var next = match.LastToken + 1 < tokens.Count && tokens[match.LastToken + 1].Clause == clause ? tokens[match.LastToken + 1].Lower : "";
        var inability = InabilityOnly.Contains(read.Code) ? StrictInabilityPrefixes : InabilityPrefixes;
        if (cueInClause && StartsWithAny(tokens[k].Lower, inability))
        {
            // "no trouble passing urine" denies the trouble; "trouble passing urine" is the finding.
            return context.DeniedFromBefore(k) ? (Read(read, match, false, k, tokens), k) : (Read(read, match, true, k, tokens), k);
        }

        if (cueInClause && frame.Negated && frame.NegationFirst < first && k >= frame.NegationFirst && EndsTheNegation(tokens, frame.NegationFirst, k))
        {
            return HowOftenWords.Contains(next) ? null : (Read(read, match, true, frame.NegationFirst, tokens), frame.NegationFirst);
        }

        if (frame.Negated && frame.NegationFirst < first)
        {
            return null; // a negation that speaks of something else: "it doesn't hurt when I pee"
        }

        // "passing water is fine", "I can feel the toilet paper fine"
        var (from, to) = context.Statement(first, match.LastToken);
        for (var j = from; j <= to; j++)
        {
            if (NormalWords.Contains(tokens[j].Lower))
            {
                return (Read(read, match, false, first, tokens), first);
            }
        }

        return frame.Negated ? ReadNegationAfter(read, match, frame, tokens) : null;
    }

    /// <summary>
    /// A negation inside or just after the function phrase: "my bowels haven't opened", "bowels not opened since
    /// Sunday", "I try to pee and can't" lose the function (present); "passing water is not a problem" denies a
    /// difficulty (false); a negation further on or past a comma speaks of something else ("I pee, no burning").
    /// NegEx reads every post-negation as a denial, which turns these lost functions into denied red flags.
    /// </summary>
    private static (ExtractedMention Mention, int CueFirst)? ReadNegationAfter(ExtractedMention read, PhraseMatch match, MentionFrame frame, List<TextToken> tokens)
    {
        // After a post-negation the frame's NegationLast is where the trigger starts (NegationFirst is the mention's start).
        var first = match.FirstToken;
        var negation = frame.NegationLast;
        if (negation <= first)
        {
            return null;
        }

        for (var j = negation + 1; j < tokens.Count && j <= negation + 3 && tokens[j].Clause == tokens[negation].Clause; j++)
        {
            if (StartsWithAny(tokens[j].Lower, DifficultyPrefixes))
            {
                return (Read(read, match, false, first, tokens), first);
            }
        }

        var inside = negation < match.LastToken;
        var justAfter = negation <= match.LastToken + MaxWordsToTrailingNegation && tokens[negation].Clause == tokens[first].Clause;
        for (var j = first + 1; j <= negation && (inside || justAfter); j++)
        {
            justAfter &= !tokens[j].AfterComma;
        }

        return inside || justAfter ? (Read(read, match, true, first, tokens) with { End = tokens[Math.Max(negation, match.LastToken)].End }, first) : null;
    }

    /// <summary>Whether tokens after the negation's first word up to k are its own words ("have NOT", "no LONGER").</summary>
    private static bool EndsTheNegation(List<TextToken> tokens, int negation, int k)
    {
        for (var j = negation + 1; j <= k; j++)
        {
            if (tokens[j].Lower is not ("not" or "longer" or "of" or "sign" or "signs" or "evidence"))
            {
                return false;
            }
        }

        return true;
    }

    private static ExtractedMention Read(ExtractedMention read, PhraseMatch match, bool lost, int cue, List<TextToken> tokens) =>
        read with
        {
            Value = FindingValue.Of(lost),
            Negated = !lost,
            Start = tokens[Math.Min(cue, match.FirstToken)].Start,
            End = tokens[match.LastToken].End,
        };
}
