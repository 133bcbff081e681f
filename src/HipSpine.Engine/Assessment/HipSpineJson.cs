using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HipSpine.Engine.Assessment;

/// <summary>The JSON settings of the contract: camelCase names, compact output.</summary>
public static class HipSpineJson
{
    /// <summary>
    /// Contract types come from <see cref="HipSpineJsonContext"/> (code generated at build time, no reflection
    /// per type); other types serialised with these options (recovery plans, case dictionaries) still work by reflection.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(HipSpineJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The contract JSON of a result (<see cref="AssessmentResultWriter"/>), as stored and as the CLI prints it.</summary>
    public static string Serialize(AssessmentResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, AssessmentResultWriter.Options))
        {
            AssessmentResultWriter.Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>
/// Source-generated serialisation of the assessment result (docs/contract.md section 2) with the same settings as
/// <see cref="HipSpineJson.Options"/>. The scalar types are the run-time types of <see cref="EvidenceResult.Value"/>
/// (a bool, int or choice string; a <see cref="JsonElement"/> once a stored result is read back).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AssessmentResult))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class HipSpineJsonContext : JsonSerializerContext;
