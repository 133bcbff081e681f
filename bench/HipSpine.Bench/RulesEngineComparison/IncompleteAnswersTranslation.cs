using HipSpine.Engine.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// Contract 1.1's "an unanswered question is never reassurance" as one more RulesEngine rule,
/// <c>incomplete_answers</c> (urgency soon): it succeeds when any question that must be answered before self care
/// is unanswered. It is not a red-flag file, so it is read the way the contract defines it, again with YamlDotNet
/// and independently of HipSpine's loader: every patient question marked <c>redFlag: true</c> in
/// <c>knowledge/findings/*.yaml</c> (clinician-only findings excluded, by the vocabulary's <c>who</c>) and the
/// manifest's <c>coreQuestions</c>.
/// </summary>
/// <remarks>
/// Every red-flag rule is soon or more urgent, so taking the most urgent successful rule gives HipSpine's
/// urgency with this rule among them; HipSpine lists the reason only when no red-flag rule fires, and the
/// equivalence check compares that (and the unanswered codes) apart from the red-flag rules.
/// </remarks>
internal static class IncompleteAnswersTranslation
{
    public const string RuleId = "incomplete_answers";

    /// <summary>The codes that must be answered before self care, in vocabulary order.</summary>
    public static IReadOnlyList<string> SelfCareQuestions(string knowledgeDirectory, ContractVocabulary vocabulary)
    {
        var codes = new HashSet<string>(RulesEngineTranslator.ManifestList(knowledgeDirectory, "coreQuestions"), StringComparer.Ordinal);
        foreach (var (code, _) in RedFlagQuestions(knowledgeDirectory))
        {
            if (vocabulary.FindFinding(code) is { IsClinicianOnly: false })
            {
                codes.Add(code);
            }
        }

        foreach (var code in codes)
        {
            _ = vocabulary.FindFinding(code) ?? throw new InvalidOperationException($"self-care question '{code}' is not in the vocabulary");
        }

        return vocabulary.Findings.Where(f => codes.Contains(f.Code)).Select(f => f.Code).ToArray();
    }

    /// <summary>
    /// The <c>askIf</c> of each red-flag question that has one (knowledge 1.43.0: on age, sex and the body map only). A
    /// question its askIf hides from the person (definitely false) is not owed before self care.
    /// </summary>
    public static IReadOnlyDictionary<string, YamlNode> AskIfs(string knowledgeDirectory)
    {
        var askIfs = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (code, item) in RedFlagQuestions(knowledgeDirectory))
        {
            if (item.Children.TryGetValue(new YamlScalarNode("askIf"), out var askIf))
            {
                askIfs[code] = askIf;
            }
        }

        return askIfs;
    }

    /// <summary>The rule: some self-care question unanswered (and not hidden by its askIf).</summary>
    public static TranslatedRule Rule(
        IReadOnlyList<string> questions, ContractVocabulary vocabulary, IReadOnlyDictionary<string, YamlNode>? askIfs = null, RulesEngineTranslator? translator = null)
    {
        var answered = questions.Select(code =>
        {
            var dictionary = vocabulary.FindFinding(code)!.Type == FindingType.Choice ? "Choices" : "Answers";
            var given = $"{RulesEngineTranslator.InputName}.{dictionary}.ContainsKey({ExpressionText.Quote(code)})";
            return askIfs is not null && translator is not null && askIfs.TryGetValue(code, out var askIf)
                ? $"({given} || {translator.False(askIf)})"
                : given;
        });
        var all = ExpressionText.Join(answered, " && ");
        return new TranslatedRule(RuleId, Urgency.Soon, Urgency.Rank(Urgency.Soon), $"!{all}");
    }

    /// <summary>Every finding in <c>knowledge/findings/*.yaml</c> marked <c>redFlag: true</c>, with its YAML item.</summary>
    private static IEnumerable<(string Code, YamlMappingNode Item)> RedFlagQuestions(string knowledgeDirectory)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(knowledgeDirectory, "findings"), "*.yaml"))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            foreach (var item in ((YamlSequenceNode)root.Children[new YamlScalarNode("findings")]).Children.Cast<YamlMappingNode>())
            {
                if (item.Children.TryGetValue(new YamlScalarNode("redFlag"), out var flag) && ((YamlScalarNode)flag).Value == "true")
                {
                    yield return (((YamlScalarNode)item.Children[new YamlScalarNode("code")]).Value ?? "", item);
                }
            }
        }
    }
}
