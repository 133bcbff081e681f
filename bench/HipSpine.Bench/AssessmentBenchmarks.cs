using BenchmarkDotNet.Attributes;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Evaluation;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Bench;

/// <summary>
/// In-process engine speed: one full assessment (triage + ranking + pattern) and triage alone, over the
/// published dev cases, with bytes allocated per operation (MemoryDiagnoser).
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private AssessmentEngine engine = null!;
    private AssessmentCase[] cases = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var knowledge = KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate());
        engine = new AssessmentEngine(knowledge);
        var folder = BenchPaths.DevCases();
        var (labelled, problems) = LabelledCaseReader.ReadFolder(folder, knowledge.Vocabulary);
        if (problems.Count > 0 || labelled.Count == 0)
        {
            throw new InvalidOperationException($"dev cases not readable at {folder}: {string.Join("; ", problems)}");
        }

        cases = labelled.Select(c => c.Full).ToArray();
    }

    /// <summary>One full assessment of the next dev case (the contract result).</summary>
    [Benchmark]
    public AssessmentResult Assess() => engine.Assess(cases[next++ % cases.Length]);

    /// <summary>Triage only: the most urgent fired rule, no result objects.</summary>
    [Benchmark]
    public int Triage() => engine.TriageRank(cases[next++ % cases.Length]);
}
