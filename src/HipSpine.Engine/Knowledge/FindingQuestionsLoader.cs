using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>findings/*.yaml</c>: one question per vocabulary finding, every finding covered once.</summary>
internal static class FindingQuestionsLoader
{
    public static IReadOnlyList<FindingQuestion> Load(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var parser = new ConditionParser(vocabulary);
        var byCode = new Dictionary<string, FindingQuestion>(StringComparer.Ordinal);
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "findings")))
        {
            var doc = YamlFiles.Read(root, file, bag);
            if (doc is not { } node)
            {
                continue;
            }

            node.AllowOnly("findings");
            var list = node.Child("findings");
            if (list is null)
            {
                node.Error(DiagnosticCodes.MissingKey, "missing 'findings'");
                continue;
            }

            foreach (var item in list.Value.Items())
            {
                var question = Read(item, vocabulary, parser);
                if (question is null)
                {
                    continue;
                }

                if (!byCode.TryAdd(question.Code, question))
                {
                    item.Error(DiagnosticCodes.Duplicate, $"'{question.Code}' already has a question");
                }
            }
        }

        foreach (var missing in vocabulary.Findings.Where(f => !byCode.ContainsKey(f.Code)))
        {
            bag.Error(DiagnosticCodes.FindingCoverage, "knowledge/findings", 0, "", $"finding '{missing.Code}' has no question");
        }

        return vocabulary.Findings.Where(f => byCode.ContainsKey(f.Code)).Select(f => byCode[f.Code]).ToArray();
    }

    private static FindingQuestion? Read(YamlNode item, ContractVocabulary vocabulary, ConditionParser parser)
    {
        item.AllowOnly("code", "question", "clinician", "why", "redFlag", "askIf", "choices", "unit");
        var code = item.String("code");
        var question = item.String("question");
        var clinician = item.String("clinician");
        var why = item.String("why");
        var redFlag = item.Bool("redFlag") ?? false;
        var unit = item.String("unit", required: false);
        if (code is null)
        {
            return null;
        }

        var definition = vocabulary.FindFinding(code);
        if (definition is null)
        {
            item.Error(DiagnosticCodes.UnknownFinding, $"unknown finding '{code}'");
            return null;
        }

        var askIf = item.Child("askIf") is { } askIfNode ? parser.Parse(askIfNode) : null;
        if (askIf is not null && redFlag && !ReadsOnlyAboutYouAndBodyMap(askIf, vocabulary))
        {
            // A red-flag question must be asked whenever it could concern the person. Age, sex and the body map come
            // before every red-flag screen, so an askIf on them alone hides the question only from someone it cannot
            // concern (knowledge 1.43.0: testicle pain, not asked of women); any other finding could still be unanswered.
            item.Error(DiagnosticCodes.Unreachable, "a red-flag question's askIf may read only age, sex and where.* findings");
        }

        var labels = ReadChoices(item, definition);
        if (question is null || clinician is null || why is null)
        {
            return null;
        }

        return new FindingQuestion(definition, question, clinician, why, redFlag, askIf, labels, unit);
    }

    private static bool ReadsOnlyAboutYouAndBodyMap(Conditions.Condition condition, ContractVocabulary vocabulary)
    {
        var read = new HashSet<int>();
        condition.CollectFindingIndexes(read);
        return read.All(i => vocabulary.Findings[i].Code.StartsWith("where.", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> ReadChoices(YamlNode item, FindingDefinition definition)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var choices = item.Child("choices");
        if (definition.Type != FindingType.Choice)
        {
            if (choices is not null)
            {
                item.Error(DiagnosticCodes.ConditionTypeMismatch, $"'{definition.Code}' is not a choice finding: remove choices");
            }

            return labels;
        }

        foreach (var value in definition.Values)
        {
            var label = choices?.String(value, required: false);
            if (string.IsNullOrWhiteSpace(label))
            {
                item.Error(DiagnosticCodes.MissingKey, $"choice '{value}' of '{definition.Code}' has no label");
                continue;
            }

            labels[value] = label;
        }

        choices?.AllowOnly([.. definition.Values]);
        return labels;
    }
}
