using BenchmarkDotNet.Running;
using HipSpine.Bench.RulesEngineComparison;

// dotnet run -c Release --project bench/HipSpine.Bench -- --filter '*'
// dotnet run -c Release --project bench/HipSpine.Bench -- check-rulesengine   (equivalence only, no timing)
if (args is ["check-rulesengine"])
{
    Console.WriteLine(EquivalenceCheck.Run(RulesEngineSetup.Create()));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(HipSpine.Bench.AssessmentBenchmarks).Assembly).Run(args);
