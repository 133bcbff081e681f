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
    private readonly Lexicon lexicon;
    private readonly SpellingCorrector corrector;
    private readonly NumberFindings numbers;

    private FreeTextExtractor(ContractVocabulary vocabulary, Lexicon lexicon, IReadOnlyList<KnowledgeDiagnostic> diagnostics)
    {
        this.lexicon = lexicon;
        Diagnostics = diagnostics;
        corrector = new SpellingCorrector(lexicon.KnownStems);
        numbers = new NumberFindings(vocabulary);
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

        numbers.Add(tokens, context, today, mentions);
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
