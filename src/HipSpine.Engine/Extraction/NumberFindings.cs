using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The findings read from numbers: pain scores (now or at worst), the episode's duration, and the minutes of
/// morning stiffness. A number said of someone else or as a worry is not counted.
/// </summary>
internal sealed partial class NumberFindings(ContractVocabulary vocabulary)
{
    private static readonly HashSet<string> WorstCues = new(StringComparer.Ordinal)
    {
        "worst", "peak", "peaks", "flare", "flares", "up", "max", "maximum", "sometimes", "times", "spikes", "bad", "worse",
    };


    /// <summary>Words that put a score in the present even in a sentence that begins in the past ("a month ago ... pain that's 10/10").</summary>
    private static readonly HashSet<string> PresentWords = new(StringComparer.Ordinal)
    {
        "is", "are", "am", "now", "currently", "today", "still",
    };

    private static readonly HashSet<string> MorningWords = new(StringComparer.Ordinal)
    {
        "morning", "mornings", "waking", "wake", "woke", "first", "am", "up",
    };

    private readonly FindingDefinition durationDays = vocabulary.FindFinding("episode.duration_days")!;
    private readonly FindingDefinition severityNow = vocabulary.FindFinding("pain.severity_now")!;
    private readonly FindingDefinition severityWorst = vocabulary.FindFinding("pain.severity_worst")!;
    private readonly FindingDefinition morningMinutes = vocabulary.FindFinding("stiffness.morning_minutes")!;

    /// <summary>Scores, morning stiffness and the episode's length; the person's <c>age</c> in years, when known, reads a length told from it ("since I was 14").</summary>
    public void Add(List<TextToken> tokens, ContextAnnotator context, DateOnly today, int? age, List<ExtractedMention> mentions)
    {
        var stiffness = MorningStiffness(tokens, context);
        AddScores(tokens, context, mentions);
        AddDurations(tokens, context, today, age, stiffness, mentions);
    }

    /// <summary>Clauses that speak of stiffness in the morning (or on waking, getting up): the minutes in them are morning stiffness.</summary>
    private static List<(int Clause, bool Negated)> MorningStiffness(List<TextToken> tokens, ContextAnnotator context)
    {
        var found = new List<(int Clause, bool Negated)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Stem != "stiff" || found.Exists(f => f.Clause == tokens[i].Clause))
            {
                continue;
            }

            var clause = tokens[i].Clause;
            if (!tokens.Exists(t => t.Clause == clause && MorningWords.Contains(t.Lower)))
            {
                continue;
            }

            var frame = context.Frame(i, i);
            if (!frame.AboutSomeoneElse && !frame.Hypothetical)
            {
                found.Add((clause, frame.Negated));
            }
        }

        return found;
    }

    private void AddScores(List<TextToken> tokens, ContextAnnotator context, List<ExtractedMention> mentions)
    {
        var scores = SeverityAndSide.Scores(tokens).ToList();
        foreach (var score in scores)
        {
            var frame = context.Frame(score.FirstToken, score.LastToken);
            var segment = tokens[score.FirstToken].Segment;
            var worst = tokens.Any(t => t.Segment == segment && WorstCues.Contains(t.Lower));
            if (tokens.Any(t => t.Segment == segment && t.Lower is "best" or "lowest" or "least"))
            {
                continue; // the least pain is neither the pain now nor the worst
            }

            // "4 to 8 out of 10", "between 3 and 7/10": a range is how the pain varies; its top is the worst, not the pain now.
            if (IsTopOfARange(tokens, score.FirstToken))
            {
                worst = true;
            }

            // A score under a condition ("2/10 if I lie still, 6/10 when I bend", "10/10 when I move") is the pain in that
            // situation: the higher one is the worst, a lower one beside it is the pain at its best, neither is the pain now.
            if (UnderACondition(tokens, score.LastToken))
            {
                var sentence0 = tokens[score.FirstToken].Sentence;
                if (scores.Exists(o => o.Score > score.Score && tokens[o.FirstToken].Sentence == sentence0))
                {
                    continue;
                }

                worst = true;
            }

            // "Six weeks ago ... I had intense pain, 5/10": a score in a sentence dated in the past is not the pain now.
            var sentence = tokens[score.FirstToken].Sentence;
            var past = !worst && tokens.Exists(t => t.Sentence == sentence && t.Lower is "ago" or "initially" or "originally")
                && !tokens.Exists(t => t.Segment == segment && (PresentWords.Contains(t.Lower) || t.Lower.EndsWith("'s", StringComparison.Ordinal)));
            var counted = !frame.AboutSomeoneElse && !frame.Hypothetical && !frame.Historical && !past;
            var where = frame.AboutSomeoneElse ? MentionContext.OtherPerson : frame.Hypothetical ? MentionContext.Hypothetical : frame.Historical || past ? MentionContext.Historical : MentionContext.Current;
            mentions.Add(new ExtractedMention(worst ? severityWorst : severityNow, FindingValue.Of(score.Score),
                tokens[score.FirstToken].Start, tokens[score.LastToken].End, false, where, counted));
        }
    }

    private static bool IsTopOfARange(List<TextToken> tokens, int first) =>
        first >= 2 && tokens[first - 1].Lower is "to" or "and" && tokens[first - 1].Segment == tokens[first].Segment
        && int.TryParse(tokens[first - 2].Lower, System.Globalization.CultureInfo.InvariantCulture, out var low) && low is >= 0 and <= 10;

    /// <summary>Words that put a score under a condition or a time of day when they follow it ("7/10 when I walk", "3/10 in the day").</summary>
    private static readonly HashSet<string> ConditionAfterScore = new(StringComparer.Ordinal)
    {
        "when", "whenever", "if", "while", "whilst", "during", "in", "at",
    };

    private static bool UnderACondition(List<TextToken> tokens, int last)
    {
        var k = last + 1;
        if (k >= tokens.Count || tokens[k].Segment != tokens[last].Segment || !ConditionAfterScore.Contains(tokens[k].Lower))
        {
            return false;
        }

        // "in" and "at" only with a time of day or rest ("in the day", "at night", "at rest"), not a place ("7/10 in my back").
        return tokens[k].Lower is not ("in" or "at")
            || (k + 2 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment && tokens[k + 1].Lower is "the" && tokens[k + 2].Lower is "day" or "daytime" or "morning" or "evening")
            || (k + 1 < tokens.Count && tokens[k + 1].Segment == tokens[k].Segment && tokens[k + 1].Lower is "night" or "rest" or "worst" or "times");
    }
}
