using HipSpine.Engine.Cases;
using HipSpine.Engine.Conditions;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Checks across files, once every file has been read: reachability and coverage.</summary>
internal static class KnowledgeChecks
{
    public static void Run(
        ContractVocabulary vocabulary,
        IReadOnlyList<FindingQuestion> questions,
        IReadOnlyList<TriageRule> rules,
        IReadOnlyList<SourceKnowledge> sources,
        DiagnosticBag bag)
    {
        // A rule that is already false when nothing is known can never fire for anyone of any age.
        var ages = new[] { CaseValidator.MinAge, 16, 30, 45, 60, 75, 90, CaseValidator.MaxAge };
        foreach (var rule in rules)
        {
            var reachable = ages.Any(age => rule.When.Evaluate(Blank(vocabulary, age)) != Tri.False);
            if (!reachable)
            {
                bag.Error(DiagnosticCodes.Unreachable, rule.File, 0, "when", $"rule '{rule.Id}' can never fire");
            }
        }

        var usedByRules = new HashSet<int>();
        foreach (var rule in rules)
        {
            rule.When.CollectFindingIndexes(usedByRules);
        }

        foreach (var q in questions.Where(q => q.RedFlag && !usedByRules.Contains(q.Definition.Index)))
        {
            bag.Warning(DiagnosticCodes.Unreachable, "knowledge/findings", 0, q.Code, "a red-flag question that no triage rule uses");
        }

        foreach (var source in sources.Where(s => s.Evidence.Count == 0))
        {
            bag.Warning(DiagnosticCodes.MissingKey, $"knowledge/sources/{source.Id}.yaml", 0, "evidence", "no likelihood ratios: the ranking can only use the prior");
        }

        EvidenceChecks.Check(sources, rules, bag);
        PriorChecks.Check(sources, bag);
    }

    private static AssessmentCase Blank(ContractVocabulary vocabulary, int age) =>
        new(vocabulary, null, age, null, new FindingValue[vocabulary.Findings.Count]);
}
