using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// Reads <c>knowledge/lexicon/*.yaml</c> (lay phrases per finding code) and adds phrases generated from the
/// clinician wording of each finding, then checks coverage (every patient finding has a phrase) and
/// ambiguity (no phrase gives two findings unless one entry <c>outranks</c> the other).
/// </summary>
internal static class LexiconLoader
{
    public static (Lexicon Lexicon, IReadOnlyList<KnowledgeDiagnostic> Diagnostics) Load(KnowledgeBase knowledge)
    {
        var bag = new DiagnosticBag();
        var vocabulary = knowledge.Vocabulary;
        var root = knowledge.Directory;
        var authored = new List<LexiconPhrase>();
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "lexicon")))
        {
            if (YamlFiles.Read(root, file, bag) is { } doc)
            {
                ReadFile(doc, vocabulary, authored);
            }
        }

        var generated = PhraseGenerator.FromQuestions(knowledge.Questions, authored);
        var all = authored.Concat(generated).ToList();
        CheckCoverage(vocabulary, all, bag);
        CheckAmbiguity(authored, bag);
        bag.Info(LexiconDiagnosticCodes.Summary, "knowledge/lexicon", 0, "",
            $"{authored.Count(p => p.Finding is not null)} lay phrases, {generated.Count} generated from the clinician wording, {authored.Count(p => p.Finding is null)} ignore phrases");
        return (new Lexicon(all), bag.Items);
    }

    private static void ReadFile(YamlNode doc, ContractVocabulary vocabulary, List<LexiconPhrase> into)
    {
        doc.AllowOnly("entries", "ignore");
        foreach (var text in doc.Strings("ignore"))
        {
            into.Add(new LexiconPhrase(text, Stems(text), null, null, PhraseExperiencer.Self, [], false, doc.File));
        }

        if (doc.Child("entries") is not { } entries)
        {
            return;
        }

        foreach (var item in entries.Items())
        {
            item.AllowOnly("code", "value", "experiencer", "outranks", "phrases", "also", "onlyWhenDenied", "onlyWhenAffirmed", "onlyWithChange", "namesAFunction", "inOrder");
            var code = item.String("code");
            var finding = code is null ? null : vocabulary.FindFinding(code);
            if (finding is null)
            {
                item.Error(DiagnosticCodes.UnknownFinding, $"unknown finding '{code}'");
                continue;
            }

            var value = item.String("value", required: false);
            if (value is not null && !ValueFits(finding, value))
            {
                item.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{value}' is not a value of {finding.Code}");
                continue;
            }

            var experiencer = item.String("experiencer", required: false) switch
            {
                null or "self" => PhraseExperiencer.Self,
                "first_degree_relative" => PhraseExperiencer.FirstDegreeRelative,
                var other => Bad(item, other),
            };
            var outranks = item.Strings("outranks");
            var onlyWhenDenied = item.Bool("onlyWhenDenied") ?? false;
            var onlyWhenAffirmed = item.Bool("onlyWhenAffirmed") ?? false;
            var onlyWithChange = item.Bool("onlyWithChange") ?? false;
            var inOrder = item.Bool("inOrder") ?? false;
            var namesAFunction = item.Bool("namesAFunction") ?? false;
            var also = new List<(FindingDefinition, string?)>();
            foreach (var entry in item.Strings("also"))
            {
                var parts = entry.Split('=', 2);
                if (vocabulary.FindFinding(parts[0]) is not { } other || (parts.Length == 2 && !ValueFits(other, parts[1])))
                {
                    item.Error(DiagnosticCodes.UnknownFinding, $"also: '{entry}' is not a finding code (with a value that fits it)");
                    continue;
                }

                also.Add((other, parts.Length == 2 ? parts[1] : null));
            }

            foreach (var text in item.Strings("phrases", required: true))
            {
                var stems = Stems(text);
                if (stems.Length == 0)
                {
                    item.Error(DiagnosticCodes.WrongType, $"phrase '{text}' has no word that is not a stop word");
                    continue;
                }

                into.Add(new LexiconPhrase(text, stems, finding, value, experiencer, outranks, false, doc.File) { Also = also, OnlyWhenDenied = onlyWhenDenied, OnlyWhenAffirmed = onlyWhenAffirmed, OnlyWithChange = onlyWithChange, NamesAFunction = namesAFunction, InOrder = inOrder });
            }
        }
    }

    private static PhraseExperiencer Bad(YamlNode item, string value)
    {
        item.Error(DiagnosticCodes.WrongType, $"experiencer '{value}' must be self or first_degree_relative");
        return PhraseExperiencer.Self;
    }

    private static bool ValueFits(FindingDefinition finding, string value) => finding.Type switch
    {
        FindingType.Bool => value is "true" or "false",
        FindingType.Choice => finding.Values.Contains(value, StringComparer.Ordinal),
        FindingType.Int => false,
        _ => false,
    };

    /// <summary>The content stems of a phrase, in order (stop words out, inflections folded).</summary>
    public static string[] Stems(string phrase) =>
        Tokenizer.Tokenize(phrase).Where(t => !Lexicon.IsStopWord(t.Lower)).Select(t => t.Stem).ToArray();

    private static void CheckCoverage(ContractVocabulary vocabulary, List<LexiconPhrase> phrases, DiagnosticBag bag)
    {
        var covered = phrases.Where(p => p.Finding is not null && !p.Generated).Select(p => p.Finding!.Code).ToHashSet(StringComparer.Ordinal);
        // The side is read by SeverityAndSide ("right hip", "on the left"), not by phrases of its own.
        foreach (var finding in vocabulary.Findings.Where(f => !f.IsClinicianOnly && !covered.Contains(f.Code) && f.Code != Interview.PainSide.Code))
        {
            bag.Error(LexiconDiagnosticCodes.Coverage, "knowledge/lexicon", 0, finding.Code, "a patient finding with no lay phrase");
        }
    }

    private static void CheckAmbiguity(List<LexiconPhrase> phrases, DiagnosticBag bag)
    {
        foreach (var group in phrases.Where(p => p.Finding is not null).GroupBy(p => Key(p.Stems), StringComparer.Ordinal))
        {
            var entries = group.DistinctBy(p => (p.Finding!.Code, p.Value, p.Experiencer)).ToArray();
            for (var i = 0; i < entries.Length; i++)
            {
                for (var j = i + 1; j < entries.Length; j++)
                {
                    var (a, b) = (entries[i], entries[j]);
                    if (a.Experiencer != b.Experiencer || a.Outranks.Contains(b.Finding!.Code) || b.Outranks.Contains(a.Finding!.Code))
                    {
                        continue;
                    }

                    bag.Error(LexiconDiagnosticCodes.Ambiguous, b.File, 0, b.Text,
                        $"the phrase gives both {a.Finding!.Code} ({a.File}) and {b.Finding!.Code}; add 'outranks' to the entry that wins");
                }
            }
        }
    }

    /// <summary>Word order does not matter in matching, so neither does it here.</summary>
    public static string Key(string[] stems) => string.Join(' ', stems.Order(StringComparer.Ordinal));
}
