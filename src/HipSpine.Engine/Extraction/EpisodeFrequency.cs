namespace HipSpine.Engine.Extraction;

/// <summary>
/// Episodes told with how often they come (<c>episode.recurrent</c>, round 77): "my back goes out about every ten years",
/// "a bad one every five years or so", "flares about once a year", "I put my back out about 3 times a year", "low back pain
/// that comes back for a week every single month". A span of years or months repeated says the pain has come before. Only
/// with the pain, the back or an episode named in the sentence ("a mammogram every year" is care), not with care in its part of
/// the sentence ("drips every 3 months", "I see him every 3 months"), and not after a comparison ("a bit worse every year",
/// "harder every month" is the course, not a return).
/// </summary>
internal static class EpisodeFrequency
{
    private static readonly HashSet<string> Spans = new(StringComparer.Ordinal) { "year", "years", "month", "months" };

    /// <summary>Words that may stand between "every" and its span: "every few years", "every 2-4 years", "every single month".</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "few", "couple", "of", "other", "single", "two", "three", "four", "five", "six", "ten",
    };

    /// <summary>Words of the pain, the back or an episode, one of which the sentence must name.</summary>
    private static readonly HashSet<string> EpisodeWords = new(StringComparer.Ordinal)
    {
        "pain", "painful", "ache", "aches", "aching", "sciatica", "flare", "flares", "flared", "flare-up", "flare-ups", "hurt", "hurts",
        "out", "happens", "goes", "episode", "episodes", "attack", "attacks", "spasm", "spasms", "back", "one",
    };

    /// <summary>Words in the same part of the sentence that make the span a schedule of care or checks.</summary>
    private static readonly HashSet<string> CareWords = new(StringComparer.Ordinal)
    {
        "mammogram", "check", "checkup", "check-up", "scan", "scans", "drip", "drips", "injection", "injections", "infusion", "infusions",
        "see", "seen", "appointment", "appointments", "tablets", "jab", "jabs", "review", "bloods", "test", "tests",
    };

    /// <summary>Comparisons right before the span: the course told, not a return.</summary>
    private static readonly HashSet<string> Comparisons = new(StringComparer.Ordinal)
    {
        "worse", "harder", "more", "better", "less", "bigger", "stronger", "weaker", "longer",
    };

    /// <summary>The last token (the span) of "every ... year(s)/month(s)" or "once/twice/N times a year" at i, or null.</summary>
    public static int? Read(List<TextToken> tokens, int i)
    {
        var end = Every(tokens, i) ?? TimesAYear(tokens, i);
        if (end is not { } last || (i > 0 && Comparisons.Contains(tokens[i - 1].Lower)) || (i > 1 && Comparisons.Contains(tokens[i - 2].Lower)))
        {
            return null;
        }

        var (sentence, segment) = (tokens[i].Sentence, tokens[i].Segment);
        return tokens.Exists(t => t.Sentence == sentence && EpisodeWords.Contains(t.Lower))
            && !tokens.Exists(t => t.Segment == segment && CareWords.Contains(t.Lower)) ? last : null;
    }

    private static int? Every(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "every")
        {
            return null;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].Segment == tokens[i].Segment; k++)
        {
            if (Spans.Contains(tokens[k].Lower))
            {
                return k;
            }

            if (!Counts.Contains(tokens[k].Lower) && !char.IsDigit(tokens[k].Lower[0]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"once a year", "twice a year", "3 times a year", "once every year", "twice per year".</summary>
    private static int? TimesAYear(List<TextToken> tokens, int i)
    {
        var k = tokens[i].Lower is "once" or "twice" ? i + 1
            : i + 1 < tokens.Count && tokens[i + 1].Lower == "times" && (char.IsDigit(tokens[i].Lower[0]) || tokens[i].Lower is "two" or "three" or "four" or "few") ? i + 2
            : -1;
        return k > 0 && k + 1 < tokens.Count && tokens[k].Lower is "a" or "every" or "per" && tokens[k + 1].Lower == "year"
            && tokens[k + 1].Segment == tokens[i].Segment ? k + 1 : null;
    }
}
