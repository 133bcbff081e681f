using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/HipSpine.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(HipSpine.Bench.AssessmentBenchmarks).Assembly).Run(args);
