using System.Text.Json;
using HipSpine.Engine.Cases;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace HipSpine.Fhir;

/// <summary>A resource read from FHIR JSON, or the problems that stopped it being read.</summary>
internal sealed record FhirRead<T>(T? Resource, OperationOutcome Problems)
    where T : Resource
{
    public bool IsValid => Resource is not null && !Problems.HasErrors();
}

/// <summary>
/// FHIR JSON in and out with the SDK's System.Text.Json based serializers (thread-safe, created once).
/// Reading collects every problem the SDK reports and turns them into <see cref="OperationOutcome"/> issues.
/// </summary>
internal static class FhirJson
{
    private static readonly FhirJsonSerializer Serializer = new();
    private static readonly FhirJsonDeserializer Deserializer = new();

    public static string Serialize(Resource resource, bool pretty = false) => Serializer.SerializeToString(resource, pretty);

    /// <summary>Reads a resource of type <typeparamref name="T"/>; wrong JSON, wrong FHIR or another resource type are problems.</summary>
    public static FhirRead<T> Read<T>(string json)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(json);
        var expected = typeof(T).Name;
        if (string.IsNullOrWhiteSpace(json))
        {
            return Fail<T>(Outcomes.Error($"the body is empty: expected a FHIR {expected} in JSON", code: OperationOutcome.IssueType.Structure));
        }

        // Plain JSON first: broken JSON and lone surrogate escapes ("\ud800", which no serializer can write back
        // into an OperationOutcome) are refused before the FHIR reader sees them.
        try
        {
            using var document = JsonDocument.Parse(json);
            if (JsonUnicode.FindLoneSurrogate(document.RootElement) is { } broken)
            {
                return Fail<T>(Outcomes.Error(JsonUnicode.Problem, broken.Length == 0 ? null : expected + "." + broken, OperationOutcome.IssueType.Structure));
            }
        }
        catch (JsonException ex)
        {
            return Fail<T>(Outcomes.Error("invalid JSON: " + ex.Message, code: OperationOutcome.IssueType.Structure));
        }

        Resource? resource;
        IEnumerable<CodedException>? errors;
        try
        {
            Deserializer.TryDeserializeResource(json, out resource, out errors);
        }
        catch (JsonException ex)
        {
            return Fail<T>(Outcomes.Error("invalid JSON: " + ex.Message, code: OperationOutcome.IssueType.Structure));
        }

        var issues = (errors ?? []).Select(ToIssue).ToList();
        if (issues.Count > 0)
        {
            return new FhirRead<T>(null, Outcomes.Of(issues));
        }

        if (resource is not T typed)
        {
            var actual = resource?.TypeName ?? "nothing";
            return Fail<T>(Outcomes.Error($"expected a {expected}, not {actual}", "resourceType"));
        }

        return new FhirRead<T>(typed, Outcomes.Of());
    }

    private static FhirRead<T> Fail<T>(OperationOutcome.IssueComponent issue)
        where T : Resource => new(null, Outcomes.Of(issue));

    private static OperationOutcome.IssueComponent ToIssue(CodedException error)
    {
        var issue = Outcomes.Error(error.ErrorCode + ": " + error.Message, code: OperationOutcome.IssueType.Structure);
        if (error is ExtendedCodedException extended)
        {
            issue.Code = extended.IssueType;
            if (!string.IsNullOrEmpty(extended.InstancePath))
            {
                issue.Expression = [extended.InstancePath];
            }
        }

        return issue;
    }
}
