using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Understands a person's own words: tokens and clauses, lexicon phrases matched in any order and
/// inflection, NegEx/ConText for negated, historical, hypothetical and other-person mentions, and parsers for
/// scores, durations (relative to <c>today</c>), morning stiffness and side. Immutable and thread-safe:
/// build once from the knowledge base, then call <see cref="Extract"/> per text. No network, no model.
/// </summary>
public sealed class FreeTextExtractor
{
    private static readonly HashSet<string> DurationCues = new(StringComparer.Ordinal)
    {
        "for", "since", "ago", "past", "last", "started", "start", "starts", "began", "begin", "been", "going", "lasted", "lasting", "over",
    };

    private static readonly HashSet<string> NotAnEpisode = new(StringComparer.Ordinal)
    {
        "times", "time", "once", "twice", "per", "every", "each", "aged", "age", "at",
    };

    private static readonly HashSet<string> WorstCues = new(StringComparer.Ordinal)
    {
        "worst", "peak", "peaks", "flare", "flares", "up", "max", "maximum", "sometimes", "times", "spikes", "bad", "worse",
    };

    /// <summary>History findings about how this episode began: a time next to them is the episode's ("three months ago I fell").</summary>
    private static readonly HashSet<string> OnsetHistory = new(StringComparer.Ordinal)
    {
        "hx.fall_or_minor_injury", "hx.major_trauma", "hx.lifting_onset", "hx.training_load_increase",
    };

    private static readonly HashSet<string> MorningWords = new(StringComparer.Ordinal)
    {
        "morning", "mornings", "waking", "wake", "woke", "first", "am", "up",
    };

    private readonly Lexicon lexicon;
    private readonly SpellingCorrector corrector;
    private readonly FindingDefinition durationDays;
    private readonly FindingDefinition severityNow;
    private readonly FindingDefinition severityWorst;
    private readonly FindingDefinition morningMinutes;

    private FreeTextExtractor(ContractVocabulary vocabulary, Lexicon lexicon, IReadOnlyList<KnowledgeDiagnostic> diagnostics)
    {
        this.lexicon = lexicon;
        Diagnostics = diagnostics;
        corrector = new SpellingCorrector(lexicon.KnownStems);
        durationDays = vocabulary.FindFinding("episode.duration_days")!;
        severityNow = vocabulary.FindFinding("pain.severity_now")!;
        severityWorst = vocabulary.FindFinding("pain.severity_worst")!;
        morningMinutes = vocabulary.FindFinding("stiffness.morning_minutes")!;
    }

    /// <summary>The lexicon's diagnostics (coverage, ambiguity); shown by <c>hipspine kb check</c>.</summary>
    public IReadOnlyList<KnowledgeDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Loads <c>knowledge/lexicon/</c> beside the knowledge base and compiles the extractor.</summary>
    public static FreeTextExtractor Create(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var (lexicon, diagnostics) = LexiconLoader.Load(knowledge);
        return new FreeTextExtractor(knowledge.Vocabulary, lexicon, diagnostics);
    }

    /// <summary>What the text says, with every mention's span; durations such as "since last summer" count from <paramref name="today"/>.</summary>
    public ExtractionResult Extract(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var stems = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            stems[i] = Lexicon.IsStopWord(tokens[i].Lower) ? tokens[i].Stem : corrector.Correct(tokens[i].Stem);
        }

        var matches = PhraseMatcher.Match(tokens, stems, lexicon);
        var inPhrase = new bool[tokens.Count];
        foreach (var t in matches.SelectMany(m => m.Tokens))
        {
            inPhrase[t] = true;
        }

        var context = new ContextAnnotator(tokens, inPhrase);
        var mentions = new List<ExtractedMention>();
        foreach (var match in matches)
        {
            if (match.Phrase.Finding is not { } finding)
            {
                continue; // an ignore phrase
            }

            var frame = context.Frame(match.FirstToken, match.LastToken);
            if (finding.Type == FindingType.Int)
            {
                continue; // cue words of the number parsers
            }

            if (Mention(match, finding, frame, tokens) is not { } mention)
            {
                continue;
            }

            if (match.Phrase.OnlyWhenDenied && mention.Value.AsBool)
            {
                continue;
            }

            mentions.Add(mention);
            foreach (var (other, value) in match.Phrase.Also)
            {
                if (value is null)
                {
                    mentions.Add(mention with { Finding = other });
                }
                else if (mention.Counted && !mention.Negated && other.Type == FindingType.Bool)
                {
                    mentions.Add(mention with { Finding = other, Value = FindingValue.Of(value == "true") });
                }
            }
        }

        var stiffnessClauses = MorningStiffness(tokens, context);
        AddScores(tokens, context, mentions);
        AddDurations(tokens, context, today, stiffnessClauses, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new ExtractionResult(Combine(mentions), mentions, SeverityAndSide.Side(tokens));
    }

    private static ExtractedMention? Mention(PhraseMatch match, FindingDefinition finding, MentionFrame frame, List<TextToken> tokens)
    {
        var code = finding.Code;
        var value = FindingValue.Unknown;
        if (finding.Type == FindingType.Bool)
        {
            // A phrase that already says "no" ("nothing specific") is not turned round by a negation nearby.
            var stated = match.Phrase.Value is null or "true";
            value = FindingValue.Of(frame.Negated && stated ? false : stated);
        }
        else if (finding.Type == FindingType.Choice)
        {
            value = FindingValue.Of(finding.Values.ToList().IndexOf(match.Phrase.Value ?? finding.Values[0]));
        }

        MentionContext where;
        var counted = true;
        if (match.Phrase.Experiencer == PhraseExperiencer.FirstDegreeRelative)
        {
            if (!frame.FirstDegreeRelative)
            {
                return null; // a family-history phrase said of the person themself gives nothing
            }

            where = MentionContext.Current;
        }
        else if (frame.AboutSomeoneElse)
        {
            (where, counted) = (MentionContext.OtherPerson, false);
        }
        else if (frame.Hypothetical && !code.StartsWith("psych.", StringComparison.Ordinal))
        {
            (where, counted) = (MentionContext.Hypothetical, false);
        }
        else if (frame.Historical)
        {
            // A past illness is exactly what a history question asks; a past symptom is not a current one.
            (where, counted) = (MentionContext.Historical, code.StartsWith("hx.", StringComparison.Ordinal));
        }
        else
        {
            where = MentionContext.Current;
        }

        if (finding.Type == FindingType.Choice && frame.Negated)
        {
            counted = false;
        }

        var first = frame.Negated ? Math.Min(frame.NegationFirst, match.FirstToken) : match.FirstToken;
        var last = frame.Negated ? Math.Max(frame.NegationLast, match.LastToken) : match.LastToken;
        return new ExtractedMention(finding, value, tokens[first].Start, tokens[last].End, frame.Negated, where, counted);
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
        foreach (var score in SeverityAndSide.Scores(tokens))
        {
            var frame = context.Frame(score.FirstToken, score.LastToken);
            var segment = tokens[score.FirstToken].Segment;
            var worst = tokens.Any(t => t.Segment == segment && WorstCues.Contains(t.Lower));
            if (tokens.Any(t => t.Segment == segment && t.Lower is "best" or "lowest" or "least"))
            {
                continue; // the least pain is neither the pain now nor the worst
            }

            var counted = !frame.AboutSomeoneElse && !frame.Hypothetical && !frame.Historical;
            var where = frame.AboutSomeoneElse ? MentionContext.OtherPerson : frame.Hypothetical ? MentionContext.Hypothetical : frame.Historical ? MentionContext.Historical : MentionContext.Current;
            mentions.Add(new ExtractedMention(worst ? severityWorst : severityNow, FindingValue.Of(score.Score),
                tokens[score.FirstToken].Start, tokens[score.LastToken].End, false, where, counted));
        }
    }

    private void AddDurations(List<TextToken> tokens, ContextAnnotator context, DateOnly today, List<(int Clause, bool Negated)> stiffness, List<ExtractedMention> mentions)
    {
        ExtractedMention? episode = null;
        var stiffnessFound = false;
        var historySegments = mentions.Where(m => m.Code.StartsWith("hx.", StringComparison.Ordinal) && !OnsetHistory.Contains(m.Code) && m.Counted && m.Value.AsBool)
            .Select(m => tokens.First(t => t.Start >= m.Start).Segment).ToHashSet();
        foreach (var span in Quantities.Read(tokens, today))
        {
            var clause = tokens[span.FirstToken].Clause;
            var frame = context.Frame(span.FirstToken, span.LastToken);
            if (frame.AboutSomeoneElse || frame.Hypothetical)
            {
                continue;
            }

            var (start, end) = (tokens[span.FirstToken].Start, tokens[span.LastToken].End);
            var stiff = stiffness.FindIndex(s => s.Clause == clause);
            if (stiff >= 0 && span.Days < 1 && !stiffnessFound)
            {
                stiffnessFound = true;
                var minutes = (int)Math.Round(span.Days * 1440, MidpointRounding.AwayFromZero);
                mentions.Add(new ExtractedMention(morningMinutes, FindingValue.Of(Math.Clamp(minutes, morningMinutes.Min, morningMinutes.Max)), start, end, false, MentionContext.Current, true));
                continue;
            }

            var before = span.FirstToken > 0 ? tokens[span.FirstToken - 1].Lower : "";
            var after = span.LastToken + 1 < tokens.Count ? tokens[span.LastToken + 1].Lower : "";
            var eligible = (span.Days >= 1 || span.Relative || (span.Days >= 1.0 / 24 && after == "ago")) && !historySegments.Contains(tokens[span.FirstToken].Segment) && !frame.Historical
                && !NotAnEpisode.Contains(before) && after is not ("old" or "of" or "a" or "per")
                && (span.Relative || tokens.Any(t => t.Clause == clause && DurationCues.Contains(t.Lower)));
            if (eligible && episode is null)
            {
                // The first length of time about the pain is the episode's (the last one was tried: worse).
                var days = span.Days < 1 ? 0 : (int)Math.Round(span.Days, MidpointRounding.AwayFromZero);
                episode = new ExtractedMention(durationDays, FindingValue.Of(Math.Clamp(days, durationDays.Min, durationDays.Max)), start, end, false, MentionContext.Current, true);
            }
        }

        if (episode is not null)
        {
            mentions.Add(episode);
        }

        if (!stiffnessFound && stiffness.FirstOrDefault(s => s.Negated) is { Negated: true } denied)
        {
            var token = tokens.First(t => t.Clause == denied.Clause);
            mentions.Add(new ExtractedMention(morningMinutes, FindingValue.Of(0), token.Start, tokens.Last(t => t.Clause == denied.Clause).End, true, MentionContext.Current, true));
        }
    }

    /// <summary>One value per finding, in vocabulary order: for a yes/no finding "yes" anywhere wins (a symptom once affirmed stays), otherwise the first mention.</summary>
    private static List<(FindingDefinition, FindingValue)> Combine(List<ExtractedMention> mentions)
    {
        var byIndex = new SortedDictionary<int, (FindingDefinition Finding, FindingValue Value)>();
        foreach (var m in mentions.Where(m => m.Counted))
        {
            if (!byIndex.TryGetValue(m.Finding.Index, out var existing))
            {
                byIndex[m.Finding.Index] = (m.Finding, m.Value);
            }
            else if (m.Finding.Type == FindingType.Bool && m.Value.AsBool && !existing.Value.AsBool)
            {
                byIndex[m.Finding.Index] = (m.Finding, m.Value);
            }
        }

        return byIndex.Values.Select(v => (v.Finding, v.Value)).ToList();
    }
}
