namespace HipSpine.Engine.Extraction;

/// <summary>
/// A pain the person woke with in the night, told with no length of time: "Woke in the middle of the night with a sudden savage
/// pain low down in my back", "Woke about 3am with an ache low in my back", "Woke up at 6am ... Then a pain started". The
/// night told is the one just gone, so the pain began today (0 days), as "this morning" does. Read only when no other length
/// was: a story with a length or a date ("last October I woke up with a dull pain") tells its own. The person wakes ("I woke",
/// a sentence opening on "Woke"), not the pain waking them ("the pain woke me at 2am ... it's woken me every night since", a
/// night pain), and the night is named ("in the middle of the night", "in the night", "the early hours", a clock time): "I woke
/// up one morning with back pain" dates nothing.
/// </summary>
internal static class WakingOnset
{
    /// <summary>The first and last token of the waking, or null.</summary>
    public static (int First, int Last)? Read(List<TextToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Lower is not ("woke" or "awoke"))
            {
                continue;
            }

            var sentence = tokens[i].Sentence;
            var opens = i == 0 || tokens[i - 1].Sentence != sentence || tokens[i - 1].Lower is "i";
            var next = i + 1 < tokens.Count ? tokens[i + 1].Lower : "";
            if (!opens || next is "me" or "him" or "her" or "us" or "them" || !NamesTheNight(tokens, sentence))
            {
                continue;
            }

            // The pain in its sentence ("woke ... with an ache low in my back"), or beginning in the next ("Then a pain started").
            if (PainIn(tokens, sentence) || (PainIn(tokens, sentence + 1) && tokens.Exists(t => t.Sentence == sentence + 1 && MentionRules.IsOnsetVerb(t.Lower))))
            {
                return (i, i);
            }
        }

        return null;
    }

    private static bool PainIn(List<TextToken> tokens, int sentence) =>
        tokens.Exists(t => t.Sentence == sentence && MentionRules.IsPainWord(t.Lower));

    private static bool NamesTheNight(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var lower = tokens[k].Lower;
            var previous = k > 0 ? tokens[k - 1].Lower : "";
            var next = k + 1 < tokens.Count ? tokens[k + 1].Lower : "";
            if (lower is "midnight" || (lower == "night" && previous is "the" && k > 1 && tokens[k - 2].Lower is "of" or "in")
                || (lower == "hours" && previous == "early") || IsClockTime(lower, next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3am", "4.30am", or a number before "am" / "a.m." / "o'clock".</summary>
    private static bool IsClockTime(string lower, string next)
    {
        if (lower.EndsWith("am", StringComparison.Ordinal) && lower.Length > 2 && char.IsDigit(lower[0]) && char.IsDigit(lower[^3]))
        {
            return true;
        }

        return lower.Length <= 2 && lower.All(char.IsDigit) && next is "am" or "a.m." or "o'clock";
    }
}
