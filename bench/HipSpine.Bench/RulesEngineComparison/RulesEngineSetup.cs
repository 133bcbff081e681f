using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using RulesEngine.Models;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// Both engines loaded with the same red-flag rules, and the dev cases in both input shapes: what the
/// benchmark and the equivalence check share.
/// </summary>
public sealed class RulesEngineSetup
{
    private RulesEngineSetup(
        AssessmentEngine engine,
        IReadOnlyList<TranslatedRule> rules,
        global::RulesEngine.RulesEngine rulesEngine,
        IReadOnlyList<LabelledCase> devCases)
    {
        Engine = engine;
        Rules = rules;
        RulesEngine = rulesEngine;
        DevCases = devCases;
        rankByRule = rules.ToDictionary(r => r.Id, r => r.UrgencyRank, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> rankByRule;

    public AssessmentEngine Engine { get; }

    public ContractVocabulary Vocabulary => Engine.Knowledge.Vocabulary;

    /// <summary>The translated rules, in HipSpine's order (most urgent first).</summary>
    public IReadOnlyList<TranslatedRule> Rules { get; }

    public global::RulesEngine.RulesEngine RulesEngine { get; }

    public IReadOnlyList<LabelledCase> DevCases { get; }

    /// <summary>Loads the knowledge, translates the red flags and reads the dev cases; throws on any problem.</summary>
    public static RulesEngineSetup Create()
    {
        var directory = KnowledgeLoader.Locate();
        var knowledge = KnowledgeLoader.LoadOrThrow(directory);
        var rules = new RulesEngineTranslator(knowledge.Vocabulary).TranslateFolder(directory);
        var rulesEngine = new global::RulesEngine.RulesEngine([RulesEngineTranslator.ToWorkflow(rules)], new ReSettings());

        var folder = BenchPaths.DevCases();
        var (labelled, problems) = LabelledCaseReader.ReadFolder(folder, knowledge.Vocabulary);
        if (problems.Count > 0 || labelled.Count == 0)
        {
            throw new InvalidOperationException($"dev cases not readable at {folder}: {string.Join("; ", problems)}");
        }

        return new RulesEngineSetup(new AssessmentEngine(knowledge), rules, rulesEngine, labelled);
    }

    /// <summary>One RulesEngine evaluation: input wrapped once, as a caller would keep it.</summary>
    public static RuleParameter[] Parameters(AssessmentCase subject) =>
        [new RuleParameter(RulesEngineTranslator.InputName, TriageInput.From(subject))];

    /// <summary>
    /// The fair RulesEngine triage: every rule evaluated (<c>ExecuteAllRulesAsync</c>), the most urgent
    /// successful one taken. Results come back in workflow order, which is most urgent first.
    /// </summary>
    public async Task<int> TriageRankAsync(RuleParameter[] parameters)
    {
        var results = await RulesEngine.ExecuteAllRulesAsync(RulesEngineTranslator.WorkflowName, parameters).ConfigureAwait(false);
        var best = Urgency.Rank(Urgency.SelfCare);
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                best = Math.Min(best, rankByRule[result.Rule.RuleName]);
            }
        }

        return best;
    }
}
