namespace HipSpine.Engine.Extraction;

/// <summary>
/// A length told as two days of the week: the day it is now ("it's Monday now", "now its wednesday", "its 2am sunday",
/// or a story that opens on the day alone: "Friday morning, typing from bed") and the day the pain began ("it started on
/// Friday", "woke up saturday morning with ..."). The days between them are the episode's length, whatever the calendar
/// date: the story is told from its own "now". Read only when no other length was found.
/// </summary>
internal static class WeekdayLength
{
    /// <summary>The days of the week, lower case.</summary>
    internal static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Words that make a "now" of the day named next to them.</summary>
    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal) { "it's", "its", "now", "today" };

    /// <summary>Words of a fragment that only names a time ("Friday morning,").</summary>
    private static readonly HashSet<string> TimeOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night", "am", "pm", "early", "late" };

    /// <summary>A day that is waited for or planned ("wait till Monday", "my GP on Monday", "next Friday") is not when it began.</summary>
    private static readonly HashSet<string> Ahead = new(StringComparer.Ordinal)
    {
        "wait", "till", "until", "til", "next", "see", "seeing", "appointment", "booked", "shift", "should", "can", "will", "going",
    };

    /// <summary>The days from the day the pain began to the day it is now, and the tokens of the first day, or null.</summary>
    public static (int Days, int First, int Last)? Read(List<TextToken> tokens)
    {
        var now = -1;
        for (var i = 0; i < tokens.Count && now < 0; i++)
        {
            if (DayOf(tokens[i].Lower) >= 0 && (IsToldAsNow(tokens, i) || OpensTheStory(tokens, i)))
            {
                now = i;
            }
        }

        if (now < 0)
        {
            return null;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var day = DayOf(tokens[i].Lower);
            if (i == now || day < 0 || day == DayOf(tokens[now].Lower) || !TellsOfABeginning(tokens, i))
            {
                continue;
            }

            var days = (DayOf(tokens[now].Lower) - day + 7) % 7;
            var last = i + 1 < tokens.Count && TimeOfDay.Contains(tokens[i + 1].Lower) && tokens[i + 1].Sentence == tokens[i].Sentence ? i + 1 : i;
            return (days, i, last);
        }

        return null;
    }

    private static int DayOf(string lower) => Array.IndexOf(Days, lower);

    // "it's Monday now", "now its wednesday", "its 2am sunday", "today is Friday": a now-word within three words of the day, in its clause
    private static bool IsToldAsNow(List<TextToken> tokens, int i)
    {
        for (var k = Math.Max(0, i - 3); k <= Math.Min(tokens.Count - 1, i + 2); k++)
        {
            if (k != i && tokens[k].Clause == tokens[i].Clause && NowWords.Contains(tokens[k].Lower) && (k < i || tokens[k].Lower == "now"))
            {
                return true;
            }
        }

        return false;
    }

    // "Friday morning, typing from bed": the story's first words name only the day and the time of day, then a pause
    private static bool OpensTheStory(List<TextToken> tokens, int i)
    {
        if (i != 0)
        {
            return false;
        }

        var k = 1;
        while (k < tokens.Count && tokens[k].Segment == tokens[0].Segment && TimeOfDay.Contains(tokens[k].Lower))
        {
            k++;
        }

        return k >= tokens.Count || tokens[k].Segment != tokens[0].Segment;
    }

    // the day's sentence tells of a symptom or a beginning, and does not wait for the day
    private static bool TellsOfABeginning(List<TextToken> tokens, int i)
    {
        var sentence = tokens[i].Sentence;
        var told = false;
        foreach (var t in tokens)
        {
            if (t.Sentence != sentence)
            {
                continue;
            }

            if (Ahead.Contains(t.Lower))
            {
                return false;
            }

            told |= MentionRules.IsSymptomWord(t.Lower) || MentionRules.IsOnsetVerb(t.Lower) || t.Lower is "woke" or "since";
        }

        return told;
    }
}
