namespace HipSpine.Engine.Extraction;

/// <summary>
/// The pain told in the past to be worse at a later time than the one just told (<c>episode.worsening</c>, round 79):
/// "the next day it was worse", "that evening the ache was even worse", "then that night I felt worse". The present "is
/// worse" is read with a word of now (<see cref="WorseningWords"/>); the past "was worse" alone is as often when it hurts
/// ("it was worse when I sat"), so a later time must be told before it in its sentence: "next" or "following" with a day or
/// part of one, "that evening/night/morning", "by morning", a day of the week; not "later" alone ("an hour later ... it was
/// worse", the same night, which a writer left blank). Not when what follows tells what
/// aggravates it or compares it with something ("worse when I walk", "worse than normal", "worse at night").
/// </summary>
internal static class WorseOnALaterDay
{
    private static readonly HashSet<string> PastBe = new(StringComparer.Ordinal) { "was", "were", "felt" };

    /// <summary>Words that may stand between the verb and "worse" ("was even worse", "was way worse").</summary>
    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal) { "much", "far", "way", "even", "a", "lot", "bit", "little", "really", "so", "definitely", "actually" };

    private static readonly HashSet<string> PartsOfADay = new(StringComparer.Ordinal) { "day", "morning", "afternoon", "evening", "night", "week" };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Words right after "worse" that tell when or with what it hurts more, or what it is compared with.</summary>
    private static readonly HashSet<string> NotACourse = new(StringComparer.Ordinal)
    {
        "than", "at", "in", "on", "when", "whenever", "if", "with", "after", "while", "during", "for", "by", "first",
    };

    /// <summary>The token index of "worse" in "was/felt (degree) worse" at i after a later time in its sentence, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        if (!PastBe.Contains(tokens[i].Lower))
        {
            return null;
        }

        if (WorseAfterTheVerb.Index(tokens, i, Degree) is not { } k)
        {
            return null;
        }

        if (k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence && NotACourse.Contains(tokens[k + 1].Lower))
        {
            return null;
        }

        return LaterTimeBefore(tokens, i) ? k : null;
    }

    /// <summary>Whether a later time is told before token i in its sentence ("next day", "that evening", "Monday").</summary>
    private static bool LaterTimeBefore(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        for (var j = i - 1; j >= 0 && tokens[j].Sentence == sentence; j--)
        {
            var word = tokens[j].Lower;
            var next = j + 1 < i ? tokens[j + 1].Lower : "";
            if (Weekdays.Contains(word)
                || (word is "next" or "following" or "that" && PartsOfADay.Contains(next))
                || (word == "by" && next is "morning" or "evening" or "then" or "lunchtime" or "bedtime"))
            {
                return true;
            }
        }

        return false;
    }
}
