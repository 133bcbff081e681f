using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Understands a person's own words: tokens and clauses, lexicon phrases matched in any order and
/// inflection, NegEx/ConText for negated, historical, hypothetical and other-person mentions, and parsers for
/// scores, durations (relative to <c>today</c>), morning stiffness and side. Immutable and thread-safe:
/// build once from the knowledge base, then call <see cref="Extract(string, DateOnly, int?)"/> per text. No network, no model.
/// </summary>
public sealed class FreeTextExtractor
{
    private readonly Lexicon lexicon;
    private readonly SpellingCorrector corrector;
    private readonly NumberFindings numbers;
    private readonly HashSet<string> redFlags;
    private readonly ContractVocabulary vocabulary;
    private readonly FindingDefinition saddleNumbness;
    private readonly FindingDefinition legWeakness;

    private FreeTextExtractor(ContractVocabulary vocabulary, Lexicon lexicon, IReadOnlyList<KnowledgeDiagnostic> diagnostics, HashSet<string> redFlags)
    {
        this.lexicon = lexicon;
        this.redFlags = redFlags;
        this.vocabulary = vocabulary;
        Diagnostics = diagnostics;
        corrector = new SpellingCorrector(lexicon.KnownStems);
        numbers = new NumberFindings(vocabulary);
        saddleNumbness = vocabulary.FindFinding("neuro.saddle_numbness")!;
        legWeakness = vocabulary.FindFinding("neuro.leg_weakness")!;
    }

    /// <summary>The lexicon's diagnostics (coverage, ambiguity); shown by <c>hipspine kb check</c>.</summary>
    public IReadOnlyList<KnowledgeDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Loads <c>knowledge/lexicon/</c> beside the knowledge base and compiles the extractor.</summary>
    public static FreeTextExtractor Create(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var (lexicon, diagnostics) = LexiconLoader.Load(knowledge);
        var redFlags = knowledge.Vocabulary.Findings.Where(f => knowledge.FindQuestion(f.Code) is { RedFlag: true }).Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        return new FreeTextExtractor(knowledge.Vocabulary, lexicon, diagnostics, redFlags);
    }

    /// <summary>What the text says, with every mention's span; durations such as "since last summer" count from <paramref name="today"/>.</summary>
    public ExtractionResult Extract(string text, DateOnly today) => Extract(text, today, age: null);

    /// <summary>
    /// What the text says, as <see cref="Extract(string, DateOnly)"/>; with the person's <paramref name="age"/> in years (null
    /// when not known), a length told from an age ("since I was 14") is read too.
    /// </summary>
    public ExtractionResult Extract(string text, DateOnly today, int? age)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var stems = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            stems[i] = Lexicon.IsStopWord(tokens[i].Lower) ? tokens[i].Stem : corrector.Correct(tokens[i].Stem);
        }

        var (matches, context) = AffirmedDenialPhrases.Settle(text, tokens, stems, lexicon);
        var (sentenceHasSymptom, sentenceNamesALimb) = MentionRules.SentenceFacts(tokens);
        var mentions = new List<ExtractedMention>();
        foreach (var match in matches)
        {
            if (match.Phrase.Finding is not { } finding)
            {
                continue; // an ignore phrase
            }

            var frame = context.Frame(match.FirstToken, match.LastToken);
            if (!frame.Negated && context.NegationInside(match.Tokens) >= 0)
            {
                frame = frame with { Negated = true, NegationFirst = match.FirstToken, NegationLast = match.LastToken };
            }

            if (finding.Type == FindingType.Int)
            {
                continue; // cue words of the number parsers
            }

            if (finding.Code == "neuro.leg_numbness_tingling" && SaddleArea.NumbnessThere(tokens, match.FirstToken))
            {
                finding = saddleNumbness; // "numb round my bum and between my legs"; the red-flag guard below still applies
            }

            if (!SenseChecks.UsedInItsSense(finding.Code, match, tokens, sentenceHasSymptom) || PhraseMention.Read(match, finding, frame, tokens, today) is not { } read)
            {
                continue;
            }

            if (finding.Code == "hx.overweight" && WordSenses.ObeseByTheNumber(tokens, match) is { } obese)
            {
                read = read with { Value = FindingValue.Of(obese) }; // "BMI is 23"
            }

            var guarded = match;
            if (match.Phrase.NamesAFunction)
            {
                if (LostFunction.Read(read, match, frame, tokens, context) is not var (function, cue))
                {
                    continue;
                }

                // The cue that read the function as lost ("haven't", "cannot") is part of the mention, not a denial beside it.
                (read, frame) = (function, frame with { Negated = !function.Value.AsBool });
                guarded = match with { FirstToken = cue, Tokens = [.. Enumerable.Range(cue, match.LastToken - cue + 1)] };
            }

            if (RedFlagGuard.Check(text, read, guarded, frame, tokens, context, redFlags.Contains(finding.Code)) is not { } mention)
            {
                continue;
            }

            if (match.Phrase.IsBodySite && mention.Negated && !StatementSpeaksOfASymptom(context, tokens, match))
            {
                continue; // "the tablets didn't help my stomach" denies no pain there
            }

            if ((match.Phrase.OnlyWhenDenied && mention.Value.AsBool) || (match.Phrase.OnlyWhenAffirmed && !mention.Value.AsBool))
            {
                continue;
            }

            if (finding.Code == "neuro.leg_weakness" && mention.Value.AsBool && match.Phrase.Stems.Length == 1 && !sentenceNamesALimb[tokens[match.FirstToken].Sentence])
            {
                continue; // weak all over, not in the legs
            }

            if (match.Phrase.OnlyWhenDenied && WordSenses.BelowTheKneeOnly(tokens, match) is { } belowKnee)
            {
                mentions.Add(mention with { Finding = belowKnee }); // "no pain down the leg below the knee" keeps the thigh
                continue;
            }

            mentions.Add(mention);
            if (finding.Code == "neuro.weakness_worsening" && mention.Counted && !mention.Negated && SymptomKinds.ALegGettingWeaker(tokens, match))
            {
                mentions.Add(mention with { Finding = legWeakness }); // "my legs are getting weaker": weak now, too
            }

            foreach (var (other, value) in match.Phrase.Also)
            {
                if (value is null)
                {
                    mentions.Add(mention with { Finding = other });
                }
                else if (mention.Counted && !mention.Negated && other.Type is FindingType.Bool or FindingType.Choice)
                {
                    // A choice too: "felt something tear inside" is a tearing pain and a sudden onset.
                    var given = other.Type == FindingType.Bool ? FindingValue.Of(value == "true") : PhraseMention.ChoiceValue(other, value);
                    mentions.Add(mention with { Finding = other, Value = given, Counted = PhraseMention.CountedAlso(mention, other) });
                }
            }
        }

        SymptomKinds.BladderBesideAUrineInfection(tokens, mentions);
        TesticlePain.Add(tokens, context, vocabulary, mentions);
        ConfusedOfAPerson.Add(tokens, context, vocabulary, mentions);
        UnwellToldWithNot.Add(tokens, context, vocabulary, mentions);
        LyingEases.Add(tokens, context, vocabulary, mentions);
        LyingBringsNoRelief.Add(tokens, context, vocabulary, mentions);
        ActivityLists.Add(tokens, context, vocabulary, mentions);
        ActivityConditions.Add(tokens, context, sentenceHasSymptom, vocabulary, mentions);
        LiftingOnset.Add(tokens, context, vocabulary, mentions);
        DeniedFallOrKnock.Add(tokens, context, vocabulary, mentions);
        DeniedFallAlone.Add(tokens, context, vocabulary, mentions);
        WentDown.Add(tokens, context, vocabulary, mentions);
        Recurrence.Add(tokens, context, vocabulary, mentions);
        SameAgain.Add(tokens, context, vocabulary, mentions);
        SpellsOfPain.Add(tokens, context, vocabulary, mentions);
        WorseningWords.Add(tokens, context, vocabulary, mentions);
        WalkingDistance.Add(tokens, context, sentenceHasSymptom, vocabulary, mentions);
        GettingAround.Add(tokens, context, vocabulary, mentions);
        CrawlingAbout.Add(tokens, context, vocabulary, mentions);
        HoldingOnToGetAbout.Add(tokens, context, vocabulary, mentions);
        WalkingHurts.Add(tokens, context, vocabulary, mentions);
        NothingHelps.Add(tokens, context, vocabulary, mentions);
        WakingAfterPain.Apply(tokens, context, mentions);
        OutOfNowhere.Add(tokens, context, vocabulary, mentions);
        WalkingWithout.Apply(tokens, context, vocabulary, mentions);
        BackLowDown.Add(tokens, context, vocabulary, mentions);
        SharedBackPart.Add(tokens, context, vocabulary, mentions);
        SharedThighPart.Add(tokens, context, sentenceHasSymptom, vocabulary, mentions);
        BareBack.Add(tokens, context, vocabulary, mentions);
        NightWaking.Add(tokens, context, vocabulary, mentions);
        LegThatDoesNotObey.Add(tokens, context, vocabulary, mentions);
        MyLegsSymptoms.Add(tokens, context, vocabulary, mentions);
        FootDropIsWeakness.Add(tokens, vocabulary, mentions);
        RecentLegWeakness.Add(tokens, vocabulary, mentions);
        WeaknessGettingWorse.Add(tokens, context, vocabulary, mentions);
        DifficultyInAPastYear.Apply(tokens, today, mentions);
        numbers.Add(tokens, context, today, age, mentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new ExtractionResult(Combine(mentions), mentions, SideOfPain.Read(tokens, context));
    }

    /// <summary>Whether the statement of a denied body site says what is denied there ("no pain in my stomach", "nothing down my legs").</summary>
    private static bool StatementSpeaksOfASymptom(ContextAnnotator context, List<TextToken> tokens, PhraseMatch match)
    {
        var (from, to) = context.Statement(match.FirstToken, match.LastToken);
        for (var k = Math.Max(0, from - ContextAnnotator.NegationReach); k <= to; k++)
        {
            if (tokens[k].Clause == tokens[match.FirstToken].Clause && (MentionRules.IsSymptomWord(tokens[k].Lower) || tokens[k].Lower is "nothing" or "numb" or "numbness" or "tingling"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One value per finding, in vocabulary order: for a yes/no finding "yes" anywhere wins (a symptom once affirmed
    /// stays), otherwise the first mention. A red flag the text both affirms and denies is left out: the interview
    /// asks every red-flag screen anyway, and a wrong answer there is worse than none.</summary>
    private List<(FindingDefinition, FindingValue)> Combine(List<ExtractedMention> mentions)
    {
        var byIndex = new SortedDictionary<int, (FindingDefinition Finding, FindingValue Value)>();
        var conflicting = mentions.Where(m => m.Counted && m.Finding.Type == FindingType.Bool && redFlags.Contains(m.Code))
            .GroupBy(m => m.Code, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Value.AsBool).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Counted && !conflicting.Contains(m.Code)))
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
