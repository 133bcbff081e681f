using System.Text.Json;

namespace HipSpine.Engine.Assessment;

/// <summary>The JSON settings of the contract: camelCase names, compact output.</summary>
public static class HipSpineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
    };

    public static string Serialize(AssessmentResult result) => JsonSerializer.Serialize(result, Options);
}
