namespace HipSpine.Engine.Extraction;

/// <summary>
/// "Gets worse" or "gets bad" in the present simple under a condition in its sentence tells what happens each time, an
/// aggravation or the pain's daily round, not the course of the episode: "When I sit down or stand up, it gets worse", "If I
/// try to walk it off it gets worse", "It gets bad if I sit badly", "it starts mid afternoon and gets worse until I lie down".
/// The reader already leaves "gets worse when I walk" (the condition right after "worse") to the aggravations; this takes the
/// condition before the verb or further on in the sentence. Only "gets": "it's getting
/// worse when I walk" and "it got worse" are a change; and not when the sentence tells a course of time ("it gets worse every
/// day, even when I rest", "gets worse by the week").
/// </summary>
internal static class WorseUnderACondition
{
    private static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "when", "whenever", "if", "until", "till" };

    /// <summary>Words of a course of time: with them the sentence tells the episode's course, not a condition's effect.</summary>
    private static readonly HashSet<string> CourseWords = new(StringComparer.Ordinal)
    {
        "every", "each", "day", "days", "week", "weeks", "month", "months", "year", "years", "progressively", "steadily", "gradually",
    };

    /// <summary>Whether the match's "worse" or "bad" follows a present-simple "gets" in a sentence with a condition.</summary>
    public static bool Applies(List<TextToken> tokens, int[] own)
    {
        var at = Array.FindIndex(own, k => tokens[k].Lower is "worse" or "bad");
        return at >= 0 && Applies(tokens, own[at]);
    }

    /// <summary>Whether the "worse" or "bad" at <paramref name="worse"/> follows a present-simple "gets" under a condition.</summary>
    public static bool Applies(List<TextToken> tokens, int worse)
    {
        var gets = -1;
        for (var k = worse - 1; k >= 0 && k >= worse - 4 && tokens[k].Clause == tokens[worse].Clause; k--)
        {
            if (tokens[k].Lower == "gets")
            {
                gets = k;
                break;
            }
        }

        if (gets < 0)
        {
            return false;
        }

        var sentence = tokens[worse].Sentence;
        var conditioned = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            if (CourseWords.Contains(tokens[k].Lower))
            {
                return false;
            }

            conditioned |= Conditions.Contains(tokens[k].Lower);
        }

        return conditioned;
    }
}
