using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// A leg weakness told with its own recent start is a new weakness (<c>neuro.weakness_new</c>: begun, or suddenly worse,
/// within the last two weeks): "this morning ... the leg went weak", "my legs have felt weak for the last 3 days", "since
/// yesterday my leg keeps giving way". The lexicon holds only the explicit phrases ("new leg weakness"), because a longer
/// phrase would take the words the onset and length readers need. So this reader takes no words: it rides on a leg
/// weakness (or foot drop) the extractor has already read as the person's own, now and affirmed (so denial, another
/// person's legs and a worry are already left out), and looks in that weakness's sentence for a time within two weeks.
/// A sentence that also tells months or years ("weak for months, worse since yesterday") is left alone: the weakness may
/// be old and only its pain new; so is a story whose weakness is told anywhere with months or years ("3 months ago my leg
/// went weak ... the last 2 weeks I can't walk"). The weakness's sentence must name a leg or a foot. Round 74: the sentence
/// before the weakness's may date its start too, but only by a dated word (<see cref="DatesAStart"/>).
/// </summary>
internal static class RecentLegWeakness
{
    private const string Code = "neuro.weakness_new";

    /// <summary>Single words that place a start within the last two weeks.</summary>
    private static readonly HashSet<string> RecentWords = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "suddenly",
    };

    /// <summary>Spans too long to be new: with them in the sentence the weakness may be old.</summary>
    private static readonly HashSet<string> LongSpans = new(StringComparer.Ordinal)
    {
        "month", "months", "year", "years", "decade", "decades", "ages", "always",
    };

    /// <summary>Words of the legs and feet, whose weakness the code is about.</summary>
    private static readonly HashSet<string> LegWords = new(StringComparer.Ordinal)
    {
        "leg", "legs", "foot", "feet", "toes", "toe", "ankle", "ankles", "knee", "knees", "thigh", "thighs", "calf", "calves",
    };

    /// <summary>The findings a new weakness rides on.</summary>
    private static readonly HashSet<string> Weaknesses = new(StringComparer.Ordinal) { "neuro.leg_weakness", "neuro.foot_drop" };

    public static void Add(List<TextToken> tokens, ContractVocabulary vocabulary, List<ExtractedMention> mentions)
    {
        if (vocabulary.FindFinding(Code) is not { } finding || mentions.Any(m => m.Code == Code && m.Counted))
        {
            return;
        }

        var weaknesses = mentions.Where(m => Weaknesses.Contains(m.Code) && m.CountsAsYesNow)
            .Select(m => (Mention: m, Sentence: SentenceOf(tokens, m)))
            .Where(w => w.Sentence >= 0 && NamesALegOrFoot(tokens, w.Sentence))
            .ToList();

        // A weakness told anywhere with months or years ("3 months ago my leg went weak") is old, whatever a later sentence dates.
        if (weaknesses.Any(w => TellsALongSpan(tokens, w.Sentence)))
        {
            return;
        }

        foreach (var (weakness, sentence) in weaknesses)
        {
            if (TellsARecentStart(tokens, sentence) || (sentence > 0 && DatesAStart(tokens, sentence - 1) && !TellsALongSpan(tokens, sentence - 1)))
            {
                mentions.Add(weakness with { Finding = finding });
                return;
            }
        }
    }

    internal static int SentenceOf(List<TextToken> tokens, ExtractedMention mention)
    {
        var at = tokens.FindIndex(t => t.Start >= mention.Start);
        return at >= 0 ? tokens[at].Sentence : -1;
    }

    /// <summary>The weakness's sentence names a leg or a foot: "I slapped a mosquito" is no foot slapping down.</summary>
    internal static bool NamesALegOrFoot(List<TextToken> tokens, int sentence) =>
        tokens.Any(t => t.Sentence == sentence && LegWords.Contains(t.Lower));

    private static bool TellsALongSpan(List<TextToken> tokens, int sentence) =>
        tokens.Any(t => t.Sentence == sentence && LongSpans.Contains(t.Lower));

    /// <summary>Whether the sentence places a start within two weeks.</summary>
    internal static bool TellsARecentStart(List<TextToken> tokens, int sentence)
    {
        var recent = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var word = tokens[k].Lower;
            // A weekday after "since", "on" or "last", told of the present episode, is within a week.
            recent |= RecentWords.Contains(word) || PartOfTheDay(tokens, k) || ThisOrLastWeek(tokens, k) || FewDays(tokens, k)
                || (WeekdayLength.Days.Contains(word) && k > 0 && tokens[k - 1].Lower is "since" or "on" or "last");
        }

        return recent;
    }

    /// <summary>
    /// Whether the sentence before the weakness's dates a start within two weeks (round 74): "This morning my leg went numb.
    /// ... I was dragging my foot", "About a week ago I had a fever. Since then my legs have been getting weaker". Only a
    /// dated start: "yesterday", "today", "tonight", "this morning", "last week", "since Tuesday", or a count of days or hours
    /// told back from now ("five days ago", "the last few days"). Not "suddenly" (the sudden thing may be the pain), nor a
    /// bare count, which in the sentence before is more often a rate or a length of something else ("4 km a day", "walk the
    /// dog for hours", "12 days in hospital", "an 8 day trip").
    /// </summary>
    internal static bool DatesAStart(List<TextToken> tokens, int sentence)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Sentence != sentence)
            {
                continue;
            }

            var word = tokens[k].Lower;
            if ((RecentWords.Contains(word) && word != "suddenly") || PartOfTheDay(tokens, k) || ThisOrLastWeek(tokens, k)
                || (WeekdayLength.Days.Contains(word) && k > 0 && tokens[k - 1].Lower is "since" or "on" or "last")
                || (FewDays(tokens, k) && ToldBackFromNow(tokens, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count of days or hours at k told back from now: "ago" after it, or "last" or "past" before it ("the past 3 days").</summary>
    private static bool ToldBackFromNow(List<TextToken> tokens, int k)
    {
        if (k + 1 < tokens.Count && tokens[k + 1].Sentence == tokens[k].Sentence && tokens[k + 1].Lower == "ago")
        {
            return true;
        }

        for (var j = Math.Max(0, k - 4); j < k; j++)
        {
            if (tokens[j].Sentence == tokens[k].Sentence && tokens[j].Lower is "last" or "past")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"this morning", "last night", "this afternoon".</summary>
    private static bool PartOfTheDay(List<TextToken> tokens, int k) =>
        tokens[k].Lower is "morning" or "afternoon" or "evening" or "night" && k > 0 && tokens[k - 1].Lower is "this" or "last";

    /// <summary>"this week", "last week": within two weeks.</summary>
    private static bool ThisOrLastWeek(List<TextToken> tokens, int k) =>
        tokens[k].Lower == "week" && k > 0 && tokens[k - 1].Lower is "this" or "last";

    /// <summary>"3 days", "a few days", "an hour ago", "two weeks ago" at most: a count of days up to 14 or of hours.</summary>
    private static bool FewDays(List<TextToken> tokens, int k)
    {
        var word = tokens[k].Lower;
        if (word is "hour" or "hours")
        {
            return true;
        }

        if (word is not ("day" or "days" or "week" or "weeks") || k == 0)
        {
            return false;
        }

        // The count may take up to three words ("a couple of days", "twenty one days"): it must end right before the unit.
        for (var start = Math.Max(0, k - 3); start < k; start++)
        {
            if (NumberWords.TryRead(tokens, start, out var value, out var used) && start + used == k)
            {
                return word.StartsWith("day", StringComparison.Ordinal) ? value <= 14 : value <= 2;
            }
        }

        return false;
    }
}
