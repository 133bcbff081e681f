using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;
using static HipSpine.Engine.Extraction.WordPrefixes;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Keeps a red flag from being read the wrong way round. A red flag read wrongly is worse than one not read (the
/// interview asks every red-flag screen anyway), so when a statement (a clause up to a new subject) says it both ways the mention is kept for the
/// review but not counted:
/// <list type="bullet">
/// <item>a red flag is present only from a statement with no denial and no normality cue in it ("nothing wrong with",
/// "waterworks are fine", "I can pee normally", "no fever, ..."), whatever the wording;</item>
/// <item>a red flag is denied only when nothing else in the statement affirms a symptom ("I can't control my bladder,
/// bowels normal" denies nothing about the bladder), and not when the negation denies an ability ("I haven't been
/// able to empty my bladder");</item>
/// <item>a bare organ or place word ("bladder", "bowels", "saddle area", "balance") says a change only beside a change
/// word ("problems", "lost", "leaking").</item>
/// </list>
/// </summary>
internal static class RedFlagGuard
{
    /// <summary>Words that say a function is as it should be (lay forms of NegEx's "normal", "unremarkable").</summary>
    private static readonly HashSet<string> NormalityWords = new(StringComparer.Ordinal)
    {
        "fine", "normal", "normally", "ok", "okay", "alright", "unaffected", "unchanged", "usual", "able", "nothing",
    };

    /// <summary>Two-word normality cues ("all right", "under control").</summary>
    private static readonly (string First, string Second)[] NormalityPairs = [("all", "right"), ("under", "control"), ("in", "control")];

    /// <summary>Word beginnings that say something about an organ changed or is wrong ("problems with my bladder", "lost my balance").</summary>
    private static readonly string[] ChangePrefixes =
    [
        "problem", "trouble", "issue", "chang", "difficult", "wrong", "leak", "accident", "control", "lost", "loss", "lose", "losing",
        "can't", "cant", "cannot", "couldn't", "unable", "incontinen", "numb", "tingl", "pins", "sensation", "strain",
        "retention", "retain", "urgen", "frequen", "hesita", "dribbl", "wet", "soil", "empt", "hold", "affect", "alter", "different",
        "funny", "strange", "odd", "weird", "reduc", "blur", "doubl", "slur", "poor", "struggl", "stop", "symptom",
        "dead", "catheter",
    ];

    /// <summary>Word beginnings that affirm a symptom on their own: a loss, an inability, a leak ("I can't control my bladder").</summary>
    private static readonly string[] AffirmingPrefixes =
    [
        "can't", "cant", "cannot", "couldn't", "couldnt", "unable", "lost", "losing", "lose", "leak", "wet", "soil", "strain",
        "struggl", "incontinen", "accident", "numb", "tingl", "retention", "urgen", "dribbl", "catheter", "difficult", "trouble",
        "problem", "issue",
    ];

    /// <summary>Between a negation and a red flag, these make the negation deny an ability, which affirms the symptom ("not been able to hold my wee").</summary>
    private static readonly HashSet<string> AbilityWords = new(StringComparer.Ordinal)
    {
        "able", "manage", "managed", "managing", "stop", "stopped", "control", "hold", "tell", "empty", "emptied", "fully", "properly", "completely",
    };

    /// <summary>Word beginnings that say the person cannot do it at all.</summary>
    private static readonly string[] StrictInabilityPrefixes = ["can't", "cant", "cannot", "couldn't", "couldnt", "unable"];

    /// <summary>The mention as it may count, or null when a bare organ word says no change.</summary>
    public static ExtractedMention? Check(string text, ExtractedMention mention, PhraseMatch match, MentionFrame frame, List<TextToken> tokens, ContextAnnotator context, bool redFlag)
    {
        if (mention.Finding.Type != FindingType.Bool)
        {
            return mention;
        }

        var (first, last) = (match.FirstToken, match.LastToken);
        var (from, to) = context.Statement(first, last);
        if (match.Phrase.OnlyWithChange && mention.Value.AsBool && !Any(from, to, first, last, k => StartsWithAny(tokens[k].Lower, ChangePrefixes)))
        {
            return null; // "my bladder" names the organ; it says nothing changed
        }

        if (frame.Negated && !mention.Value.AsBool && NormalityQualifiesAnInability(tokens, first, last, frame))
        {
            // "I can't pee normally": the normality word says how the person cannot do it, it denies nothing.
            return mention with { Value = FindingValue.Of(true), Negated = false, End = tokens[last + 1].End };
        }

        if (!redFlag || !mention.Counted)
        {
            return mention;
        }

        if (mention.Value.AsBool)
        {
            var denied = context.DenialWithin(from, to, match.Tokens) || Any(from, to, first, last, k => IsNormalityCue(tokens, k));
            if (!denied && to + 1 < tokens.Count && text.AsSpan(tokens[to].End, tokens[to + 1].Start - tokens[to].End).Contains(':'))
            {
                // "Fever: none", "Bladder: normal": a colon hands the statement its answer.
                var (nextFrom, nextTo) = context.Statement(to + 1, to + 1);
                denied = context.DenialWithin(nextFrom, nextTo, []) || Any(nextFrom, nextTo, -1, -1, k => IsNormalityCue(tokens, k));
            }

            return denied ? mention with { Counted = false } : mention;
        }

        if (frame.Negated && frame.NegationFirst >= first && StartsWithAny(tokens[first].Lower, StrictInabilityPrefixes))
        {
            // "I can't pee, normally I'd go twice a night": a cue after a phrase that itself tells a loss may speak of
            // something else, so the red flag is neither affirmed nor denied by it.
            return mention with { Counted = false };
        }

        var (spanFirst, spanLast) = frame.Negated ? (Math.Min(frame.NegationFirst, first), Math.Max(frame.NegationLast, last)) : (first, last);
        return DenialStands(tokens, context, spanFirst, spanLast, first, from, to) ? mention : mention with { Counted = false };
    }

    /// <summary>
    /// Whether a red flag denied on tokens spanFirst..spanLast (its own words from <c>first</c>) in the statement from..to is
    /// denied outright: not an ability denied ("not been able to hold my wee"), and nothing else in the statement affirmed
    /// (which one the denial speaks of would be unclear).
    /// </summary>
    public static bool DenialStands(List<TextToken> tokens, ContextAnnotator context, int spanFirst, int spanLast, int first, int from, int to)
    {
        for (var k = spanFirst; k < first; k++)
        {
            if (AbilityWords.Contains(tokens[k].Lower))
            {
                return false;
            }
        }

        for (var k = from; k <= to; k++)
        {
            if ((k < spanFirst || k > spanLast) && StartsWithAny(tokens[k].Lower, AffirmingPrefixes) && !context.DeniedFromBefore(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a phrase that itself says the person cannot do something ("can't pee", "unable to feel down below") is
    /// followed at once, in its clause, by "normally" or "properly", which post-negation would otherwise read as a denial.
    /// </summary>
    private static bool NormalityQualifiesAnInability(List<TextToken> tokens, int first, int last, MentionFrame frame)
    {
        var after = last + 1;
        return frame.NegationFirst >= first && frame.NegationLast == after && after < tokens.Count
            && !tokens[after].AfterComma && tokens[after].Clause == tokens[last].Clause
            && tokens[after].Lower is "normally" or "properly"
            && StartsWithAny(tokens[first].Lower, StrictInabilityPrefixes);
    }

    private static bool IsNormalityCue(List<TextToken> tokens, int k)
    {
        if (NormalityWords.Contains(tokens[k].Lower))
        {
            return true;
        }

        foreach (var (a, b) in NormalityPairs)
        {
            if (tokens[k].Lower == a && k + 1 < tokens.Count && tokens[k + 1].Lower == b && tokens[k + 1].Clause == tokens[k].Clause)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some token of the statement from..to, outside the mention first..last, passes the test.</summary>
    private static bool Any(int from, int to, int first, int last, Func<int, bool> test)
    {
        for (var k = from; k <= to; k++)
        {
            if ((k < first || k > last) && test(k))
            {
                return true;
            }
        }

        return false;
    }
}
