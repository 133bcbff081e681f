using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Bench;

/// <summary>
/// What <c>POST /api/assess</c> does per request without Kestrel and middleware: parse the JSON body,
/// validate it against the vocabulary, assess, and write the result as UTF-8 JSON. The body is the hip-OA
/// case of scripts/bench-http, so bytes allocated per operation here are the handler's share of a request.
/// </summary>
[MemoryDiagnoser]
public class ApiPipelineBenchmarks
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"id":"bench","age":66,"sex":"female","findings":{"where.groin":true,"where.low_back":true,"pain.difficulty_shoes_socks":true,"func.hip_stiff_reduced_motion":true,"episode.duration_days":200,"stiffness.morning_minutes":20,"neuro.saddle_numbness":false,"systemic.fever":false}}""");

    private readonly ArrayBufferWriter<byte> output = new(16 * 1024);
    private AssessmentEngine engine = null!;
    private AssessmentCase subject = null!;
    private AssessmentResult result = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = new AssessmentEngine(KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate()));
        using var document = JsonDocument.Parse(Body);
        subject = CaseValidator.Validate(document.RootElement, engine.Knowledge.Vocabulary, 1).Case!;
        result = engine.Assess(subject);
    }

    /// <summary>Parse, validate, assess and serialise one request body; returns the response length.</summary>
    [Benchmark]
    public int ParseAssessSerialize()
    {
        using var document = JsonDocument.Parse(Body);
        var read = CaseValidator.Validate(document.RootElement, engine.Knowledge.Vocabulary, 1);
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output, AssessmentResultWriter.Options))
        {
            AssessmentResultWriter.Write(writer, engine.Assess(read.Case!));
        }

        return output.WrittenCount;
    }

    /// <summary>The parts of the pipeline on their own, to see where its time goes: parse and validate.</summary>
    [Benchmark]
    public bool ParseValidate()
    {
        using var document = JsonDocument.Parse(Body);
        return CaseValidator.Validate(document.RootElement, engine.Knowledge.Vocabulary, 1).IsValid;
    }

    /// <summary>Assess the already validated case.</summary>
    [Benchmark]
    public AssessmentResult AssessOnly() => engine.Assess(subject);

    /// <summary>Write an already computed result, as the API does (<see cref="AssessmentResultWriter"/>).</summary>
    [Benchmark]
    public int SerializeOnly()
    {
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output, AssessmentResultWriter.Options))
        {
            AssessmentResultWriter.Write(writer, result);
        }

        return output.WrittenCount;
    }

    /// <summary>The same bytes through the generated System.Text.Json serialiser (what the API used before).</summary>
    [Benchmark]
    public int SerializeGenerated()
    {
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output))
        {
            JsonSerializer.Serialize(writer, result, HipSpineJsonContext.Default.AssessmentResult);
        }

        return output.WrittenCount;
    }
}
