using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Fhir.Tests;

/// <summary>The real knowledge base, loaded once (immutable, so sharing it shares no mutable state).</summary>
internal static class Kb
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(() => KnowledgeLoader.LoadOrThrow(RepoPaths.Knowledge));

    public static KnowledgeBase Knowledge => Lazy.Value;

    public static AssessmentEngine Engine { get; } = new(Knowledge);

    public static FhirService Service { get; } = new(Engine);

    /// <summary>A valid case from contract JSON, failing the test with its problems if it is invalid.</summary>
    public static AssessmentCase Case(string json)
    {
        var read = CaseReader.ReadAll(json, Knowledge.Vocabulary).Single();
        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        return read.Case!;
    }
}
