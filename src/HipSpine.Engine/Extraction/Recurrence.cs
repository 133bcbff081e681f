using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Two lay ways of saying the pain has come before, whose words are all stop words or too common to be lexicon phrases:
/// <list type="bullet">
/// <item>a pain "on and off" (also "off and on", "on-and-off", "on/off") for years: "low back pain on and off for 14 years",
/// "a bad back on and off for ages". A pain that comes and goes within weeks is one episode, and fevers or a knee "on and
/// off" are not the pain, so the pain (or the back's soreness, stiffness or spasms) must be named beside it and the sentence
/// must give a span of years ("for years", "since my 20s", "since 1991");</item>
/// <item>"this time" opening a statement ("This time it's different", "but this time my leg hurts too"): this episode told
/// against earlier ones. Not "at this time", "by this time", nor "this time last year".</item>
/// </list>
/// A return told with "came back" (<see cref="PainCameBack"/>) or announced ("it's back", "here we go again":
/// <see cref="ReturnAnnounced"/>) and earlier times (<see cref="EarlierTimes"/>) are read here too.
/// </summary>
internal static class Recurrence
{
    private const string Code = "episode.recurrent";

    /// <summary>How far after "on and off" the pain may be named ("fevers on and off for a year and my back aches" is not it).</summary>
    private const int Near = 4;

    /// <summary>
    /// How far before "on and off" the pain may be named: six words reach the back as the subject of a verb phrase ("my low back
    /// has been bugging me on and off", round 70).
    /// </summary>
    private const int NearBefore = 6;

    /// <summary>Verbs whose "on and off" is getting on and off something ("getting on and off the bus").</summary>
    private static readonly HashSet<string> OnOffVerbs = new(StringComparer.Ordinal)
    {
        "get", "gets", "getting", "got", "climb", "climbing", "hop", "hopping", "step", "stepping", "jump", "jumping", "turn", "turning",
        "switch", "switching", "put", "putting", "take", "taking", "took", "go", "going", "went",
    };

    /// <summary>Words of a span of years ("for years", "for ages", "over the years", "since my 30s").</summary>
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "year", "years", "yrs", "yr", "ages", "decades", "decade" };

    /// <summary>Words that may open a statement before "this time".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "but", "and", "only", "yet", "although", "though", "except" };

    public static void Add(List<TextToken> tokens, ContextAnnotator context, ContractVocabulary vocabulary, List<ExtractedMention> mentions) =>
        WordPatternFinding.AddFirst(Code, (t, i) => i + 1 < t.Count ? OnAndOff(t, i) ?? ThisTime(t, i) ?? PainCameBack.Read(t, i) ?? EarlierTimes.Read(t, i) ?? ReturnAnnounced.Read(t, i) ?? EpisodeFrequency.Read(t, i) : null, tokens, context, vocabulary, mentions);

    /// <summary>The last token of "on (and) off" / "off and on" at i said of the pain over years, or null.</summary>
    private static int? OnAndOff(List<TextToken> tokens, int i)
    {
        var (a, b) = (tokens[i].Lower, tokens[i + 1].Lower);
        int end;
        if ((a, b) is ("on", "off") && !tokens[i + 1].AfterComma)
        {
            end = i + 1;
        }
        else if (a is "on" or "off" && b == "and" && i + 2 < tokens.Count && tokens[i + 2].Lower == (a == "on" ? "off" : "on"))
        {
            end = i + 2;
        }
        else
        {
            return null;
        }

        if (tokens[end].Clause != tokens[i].Clause || (i > 0 && OnOffVerbs.Contains(tokens[i - 1].Lower)))
        {
            return null;
        }

        // The pain is named as a thing in the same part of the sentence: "back pain on and off", "on/off low back trouble";
        // a knee that "swells up and hurts on and off" or ulcers "(been on and off for ages)" are not the pain.
        var segment = tokens[i].Segment;
        var sentence = tokens[i].Sentence;
        var painInClause = false;
        for (var k = Math.Max(0, i - NearBefore); k < tokens.Count && k <= end + Near; k++)
        {
            var lower = tokens[k].Lower;
            // Soreness, stiffness and spasms are the back's complaint as much as pain ("back spasms, soreness and stiffness on and off").
            painInClause |= tokens[k].Segment == segment
                && (lower.StartsWith("pain", StringComparison.Ordinal) || lower is "ache" or "aches" or "back" or "backache" or "sciatica" or "lumbago" or "back's"
                    || lower.StartsWith("sore", StringComparison.Ordinal) || lower.StartsWith("stiff", StringComparison.Ordinal) || lower.StartsWith("spasm", StringComparison.Ordinal));
        }

        var overYears = tokens.Exists(t => t.Sentence == sentence && YearWords.Contains(t.Lower))
            || Enumerable.Range(0, tokens.Count - 1).Any(k => tokens[k].Sentence == sentence && SpanOfYears(tokens, k));
        return painInClause && overYears ? end : null;
    }

    /// <summary>
    /// Whether a span of years opens at k without the word "year": "since my 20s", "since 1991", "since I was a teenager",
    /// "since college", "for a long time", "my whole life", "all my life" (round 70). A time of life is years ago.
    /// </summary>
    private static bool SpanOfYears(List<TextToken> tokens, int k)
    {
        var next = tokens[k + 1].Lower;
        var after = k + 2 < tokens.Count && tokens[k + 2].Sentence == tokens[k].Sentence ? tokens[k + 2].Lower : "";
        return tokens[k].Lower switch
        {
            "since" => next == "my" || NumberWords.IsCalendarYear(next) || LifeStages.Contains(next) || (next == "i" && after == "was" && YoungerSelf(tokens, k + 3)),
            "long" => next == "time" && k > 0 && tokens[k - 1].Lower is "a" or "such",
            "whole" or "adult" => next == "life" && k > 0 && tokens[k - 1].Lower == "my",
            "all" => next == "my" && after == "life",
            _ => false,
        };
    }

    /// <summary>A stage of life left behind ("since college", "since childhood", "since school").</summary>
    private static readonly HashSet<string> LifeStages = new(StringComparer.Ordinal)
    {
        "college", "university", "uni", "school", "childhood", "highschool",
    };

    /// <summary>
    /// Whether "since I was" is followed at k by a younger self ("a teenager", "a little girl", "a kid", "about 14", "young"),
    /// not a state of weeks ("since I was pregnant", "since I was ill").
    /// </summary>
    private static bool YoungerSelf(List<TextToken> tokens, int k)
    {
        while (k < tokens.Count && tokens[k].Lower is "a" or "an" or "about" or "around" or "little" or "small" or "in" or "at" or "only" or "just")
        {
            k++;
        }

        return k < tokens.Count && (tokens[k].Lower is "teenager" or "teen" or "kid" or "child" or "girl" or "boy" or "young" or "younger" or "baby" or "toddler"
            or "school" or "college" or "university" or "uni" || (int.TryParse(tokens[k].Lower, out var age) && age is > 0 and < 60));
    }

    /// <summary>The last token of "this time" opening a statement at i, or null.</summary>
    private static int? ThisTime(List<TextToken> tokens, int i)
    {
        if (tokens[i].Lower != "this" || tokens[i + 1].Lower != "time" || tokens[i + 1].Clause != tokens[i].Clause)
        {
            return null;
        }

        var opens = i == 0 || tokens[i - 1].Clause != tokens[i].Clause || tokens[i].AfterComma || Openers.Contains(tokens[i - 1].Lower);
        var dated = i + 2 < tokens.Count && tokens[i + 2].Clause == tokens[i].Clause
            && tokens[i + 2].Lower is "of" or "last" or "next" or "yesterday" or "tomorrow" or "tonight" or "every";
        return opens && !dated ? i + 1 : null;
    }
}
