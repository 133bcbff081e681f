using BenchmarkDotNet.Attributes;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using RulesEngine.Models;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// HipSpine's triage against Microsoft RulesEngine 6.0.1 running the same 35 red-flag rules
/// (translated from knowledge/red-flags by <see cref="RulesEngineTranslator"/>) on the same dev cases, taken in
/// turn. Setup first proves that both fire the same rules (<see cref="EquivalenceCheck"/>) and throws otherwise.
/// </summary>
[MemoryDiagnoser]
public class EngineVsRulesEngineBenchmarks
{
    private RulesEngineSetup setup = null!;
    private AssessmentCase[] cases = [];
    private RuleParameter[][] parameters = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        setup = RulesEngineSetup.Create();
        Console.WriteLine(EquivalenceCheck.Run(setup));
        cases = setup.DevCases.Select(c => c.Full).ToArray();
        parameters = cases.Select(RulesEngineSetup.Parameters).ToArray();
    }

    /// <summary>HipSpine triage: rules most urgent first, the first that fires decides; allocation-free.</summary>
    [Benchmark(Baseline = true)]
    public int HipSpineTriageRank() => setup.Engine.TriageRank(cases[next++ % cases.Length]);

    /// <summary>HipSpine evaluating all 35 rules (no early stop), as RulesEngine must; allocation-free.</summary>
    [Benchmark]
    public int HipSpineAllRules() => setup.Engine.CountFiredRules(cases[next++ % cases.Length]);

    /// <summary>HipSpine full assessment: every rule with its reasons, plus ranking of 19 sources and the pattern.</summary>
    [Benchmark]
    public AssessmentResult HipSpineAssess() => setup.Engine.Assess(cases[next++ % cases.Length]);

    /// <summary>RulesEngine: ExecuteAllRulesAsync over the 35 rules, the most urgent successful rule taken.</summary>
    [Benchmark]
    public Task<int> RulesEngineExecuteAllRules() => setup.TriageRankAsync(parameters[next++ % parameters.Length]);
}
