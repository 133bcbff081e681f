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
        TranslatedRule incompleteAnswers,
        IReadOnlyList<string> selfCareQuestions,
        global::RulesEngine.RulesEngine rulesEngine,
        IReadOnlyList<LabelledCase> devCases)
    {
        Engine = engine;
        Rules = rules;
        IncompleteAnswers = incompleteAnswers;
        SelfCareQuestions = selfCareQuestions;
        RulesEngine = rulesEngine;
        DevCases = devCases;
        Firing = new RuleFiring(engine.Knowledge);
        rankByRule = rules.Append(incompleteAnswers).ToDictionary(r => r.Id, r => r.UrgencyRank, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> rankByRule;

    public AssessmentEngine Engine { get; }

    public ContractVocabulary Vocabulary => Engine.Knowledge.Vocabulary;

    /// <summary>The translated red-flag rules, in HipSpine's order (most urgent first).</summary>
    public IReadOnlyList<TranslatedRule> Rules { get; }

    /// <summary>The contract's <c>incomplete_answers</c> reason as a rule, last in the workflow.</summary>
    public TranslatedRule IncompleteAnswers { get; }

    /// <summary>What the translation reads as the questions to answer before self care, in vocabulary order.</summary>
    public IReadOnlyList<string> SelfCareQuestions { get; }

    /// <summary>HipSpine's own decision whether one rule fires (its condition, or the pain site completed).</summary>
    internal RuleFiring Firing { get; }

    public global::RulesEngine.RulesEngine RulesEngine { get; }

    public IReadOnlyList<LabelledCase> DevCases { get; }

    /// <summary>Loads the knowledge, translates the red flags and reads the dev cases; throws on any problem.</summary>
    /// <param name="mutate">
    /// Changes each translated rule before RulesEngine compiles it: how the tests prove that the equivalence
    /// check catches a wrong translation. Null for the real comparison.
    /// </param>
    public static RulesEngineSetup Create(Func<TranslatedRule, TranslatedRule>? mutate = null)
    {
        var directory = KnowledgeLoader.Locate();
        var knowledge = KnowledgeLoader.LoadOrThrow(directory);
        mutate ??= r => r;
        var translator = new RulesEngineTranslator(knowledge.Vocabulary);
        var rules = translator.TranslateFolder(directory).Select(mutate).ToArray();
        var questions = IncompleteAnswersTranslation.SelfCareQuestions(directory, knowledge.Vocabulary);
        var askIfs = IncompleteAnswersTranslation.AskIfs(directory);
        var incomplete = mutate(IncompleteAnswersTranslation.Rule(questions, knowledge.Vocabulary, askIfs, translator));
        var workflow = RulesEngineTranslator.ToWorkflow(rules.Append(incomplete));
        var rulesEngine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());

        var folder = BenchPaths.DevCases();
        var (labelled, problems) = LabelledCaseReader.ReadFolder(folder, knowledge.Vocabulary);
        if (problems.Count > 0 || labelled.Count == 0)
        {
            throw new InvalidOperationException($"dev cases not readable at {folder}: {string.Join("; ", problems)}");
        }

        return new RulesEngineSetup(new AssessmentEngine(knowledge), rules, incomplete, questions, rulesEngine, labelled);
    }

    /// <summary>One RulesEngine evaluation: input wrapped once, as a caller would keep it.</summary>
    public static RuleParameter[] Parameters(AssessmentCase subject) =>
        [new RuleParameter(RulesEngineTranslator.InputName, TriageInput.From(subject))];

    /// <summary>
    /// The fair RulesEngine triage: every rule evaluated (<c>ExecuteAllRulesAsync</c>), the most urgent
    /// successful one taken (<c>incomplete_answers</c> included: it is soon, and every red flag is soon or more
    /// urgent, so it decides exactly when HipSpine would otherwise say self care).
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
