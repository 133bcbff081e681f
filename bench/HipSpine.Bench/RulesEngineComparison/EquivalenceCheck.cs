using System.Globalization;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// Proves the comparison is like for like before anything is timed: on every dev case and on seeded random
/// synthetic cases, the set of rules that fire in RulesEngine equals the set HipSpine fires (and the triage
/// rank agrees), and on "decisive" cases derived from the synthetic ones, where a single answer, the sex or
/// an age or int value one past a bound decides whether a rule fires. Throws on the first difference, on any RulesEngine expression error, and when the synthetic
/// cases leave a rule never fired or always fired (the check would then prove little about that rule).
/// </summary>
public static class EquivalenceCheck
{
    public const int Seed = 20261125;
    public const int SyntheticCases = 16000;

    /// <summary>How many random orders each firing synthetic case is minimised in, per rule.</summary>
    public const int OrdersPerCase = 2;

    /// <summary>Runs the check; returns a one-line summary for the console.</summary>
    public static string Run(RulesEngineSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Rules.Count != setup.Engine.Knowledge.Rules.Count)
        {
            throw new InvalidOperationException($"translated {setup.Rules.Count} rules, HipSpine has {setup.Engine.Knowledge.Rules.Count}");
        }

        var tally = new Tally();
        var devFired = 0;
        foreach (var labelled in setup.DevCases)
        {
            devFired += Compare(setup, labelled.Full, labelled.Id, tally);
            Compare(setup, labelled.PatientOnly, labelled.Id + " (patient only)", tally);
        }

        var fires = setup.Rules.ToDictionary(r => r.Id, _ => 0, StringComparer.Ordinal);
        var random = new Random(Seed);
        var synthetic = EquivalenceCases.Synthetic(setup, random, SyntheticCases).ToArray();
        for (var i = 0; i < synthetic.Length; i++)
        {
            foreach (var id in HipSpineFired(setup, synthetic[i]))
            {
                fires[id]++;
            }

            Compare(setup, synthetic[i], string.Create(CultureInfo.InvariantCulture, $"synthetic #{i} (seed {Seed})"), tally);
        }

        var decisive = 0;
        foreach (var (subject, name) in EquivalenceCases.Decisive(setup, synthetic, random, OrdersPerCase).Concat(EquivalenceCases.SelfCareEdges(setup)))
        {
            Compare(setup, subject, name, tally);
            decisive++;
        }

        var never = fires.Where(f => f.Value == 0).Select(f => f.Key).ToArray();
        var always = fires.Where(f => f.Value == synthetic.Length).Select(f => f.Key).ToArray();
        if (never.Length > 0 || always.Length > 0)
        {
            throw new InvalidOperationException(
                $"synthetic cases do not exercise every rule: never fired [{string.Join(", ", never)}], always fired [{string.Join(", ", always)}]");
        }

        if (tally.CompletedSite == 0 || tally.Incomplete == 0 || tally.SelfCare == 0)
        {
            throw new InvalidOperationException(
                $"the cases do not exercise the whole triage: {tally.CompletedSite} firings by a completed pain site, {tally.Incomplete} incomplete_answers, {tally.SelfCare} self care");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Equivalence: {setup.Rules.Count} rules + {IncompleteAnswersTranslation.RuleId} ({setup.SelfCareQuestions.Count} questions), {setup.DevCases.Count} dev cases (full and patient-only; {devFired} rule firings in full) and {synthetic.Length} synthetic cases (seed {Seed}; {fires.Values.Sum()} firings, each rule fired {fires.Values.Min()}..{fires.Values.Max()} times) plus {decisive} decisive cases derived from them: RulesEngine fires exactly the rules HipSpine fires ({tally.CompletedSite} firings by a completed pain site), lists {IncompleteAnswersTranslation.RuleId} exactly when HipSpine does ({tally.Incomplete} times, {tally.SelfCare} self care) and gives the same urgency.");
    }

    /// <summary>How often the parts added by contract 1.1 decided a compared case.</summary>
    private sealed class Tally
    {
        public int CompletedSite { get; set; }

        public int Incomplete { get; set; }

        public int SelfCare { get; set; }
    }

    private static int Compare(RulesEngineSetup setup, AssessmentCase subject, string name, Tally tally)
    {
        var expected = HipSpineFired(setup, subject);
        tally.CompletedSite += setup.Engine.Knowledge.Rules.Count(r => expected.Contains(r.Id) && !r.When.IsTrue(subject));
        var reasons = setup.Engine.Assess(subject).UrgencyReasons;
        var incomplete = reasons.FirstOrDefault(r => r.Rule == AssessmentEngine.IncompleteAnswersRule);
        var assessed = reasons.Select(r => r.Rule).Where(r => r != AssessmentEngine.IncompleteAnswersRule).ToHashSet(StringComparer.Ordinal);
        if (!assessed.SetEquals(expected))
        {
            throw new InvalidOperationException($"{name}: Assess lists [{string.Join(", ", assessed)}], the rules fire [{string.Join(", ", expected)}]");
        }

        var parameters = RulesEngineSetup.Parameters(subject);
        var results = setup.RulesEngine.ExecuteAllRulesAsync(RulesEngineTranslator.WorkflowName, parameters).GetAwaiter().GetResult();
        if (results.Count != setup.Rules.Count + 1)
        {
            throw new InvalidOperationException($"{name}: RulesEngine returned {results.Count} results for {setup.Rules.Count} rules and {IncompleteAnswersTranslation.RuleId}");
        }

        var errors = results.Where(r => !string.IsNullOrEmpty(r.ExceptionMessage)).Select(r => $"{r.Rule.RuleName}: {r.ExceptionMessage}").ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{name}: RulesEngine errors: {string.Join("; ", errors)}");
        }

        var actual = results.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName).ToHashSet(StringComparer.Ordinal);
        var unanswered = actual.Remove(IncompleteAnswersTranslation.RuleId);
        if (!actual.SetEquals(expected))
        {
            throw new InvalidOperationException(
                $"{name}: RulesEngine fires [{string.Join(", ", actual.Order(StringComparer.Ordinal))}], HipSpine fires [{string.Join(", ", expected.Order(StringComparer.Ordinal))}]");
        }

        CompareIncomplete(setup, subject, name, unanswered && actual.Count == 0, incomplete);
        tally.Incomplete += incomplete is null ? 0 : 1;
        tally.SelfCare += expected.Count == 0 && incomplete is null ? 1 : 0;

        var rank = setup.TriageRankAsync(parameters).GetAwaiter().GetResult();
        if (rank != setup.Engine.TriageRank(subject))
        {
            throw new InvalidOperationException($"{name}: RulesEngine triage rank {rank}, HipSpine {setup.Engine.TriageRank(subject)}");
        }

        return expected.Count;
    }

    /// <summary>
    /// HipSpine lists incomplete_answers when no rule fires and a self-care question is unanswered; RulesEngine's
    /// rule says whether one is. Both must agree, and on which questions (the translation's list, unanswered here).
    /// </summary>
    private static void CompareIncomplete(RulesEngineSetup setup, AssessmentCase subject, string name, bool rulesEngineLists, UrgencyReason? hipSpine)
    {
        if (rulesEngineLists != hipSpine is not null)
        {
            throw new InvalidOperationException(
                $"{name}: RulesEngine {(rulesEngineLists ? "lists" : "does not list")} {IncompleteAnswersTranslation.RuleId}, HipSpine {(hipSpine is null ? "does not" : "does")}");
        }

        // A red-flag question hidden by its askIf (definitely false for this person) is not owed (knowledge 1.43.0).
        var missing = setup.SelfCareQuestions
            .Where(code => !subject[setup.Vocabulary.FindFinding(code)!.Index].IsKnown
                && setup.Engine.Knowledge.FindQuestion(code)?.AskIf?.Evaluate(subject) != HipSpine.Engine.Conditions.Tri.False)
            .ToArray();
        if (hipSpine is not null && !hipSpine.Findings.SequenceEqual(missing, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{name}: HipSpine's {IncompleteAnswersTranslation.RuleId} names [{string.Join(", ", hipSpine.Findings)}], the translation's unanswered questions are [{string.Join(", ", missing)}]");
        }
    }

    /// <summary>The rules HipSpine fires: its own decision per rule, an unknown pain site completed.</summary>
    private static HashSet<string> HipSpineFired(RulesEngineSetup setup, AssessmentCase subject) =>
        setup.Engine.Knowledge.Rules.Where(r => setup.Firing.Fires(r, subject)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
}
