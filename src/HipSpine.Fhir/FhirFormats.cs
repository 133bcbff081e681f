using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;

namespace HipSpine.Fhir;

/// <summary>The two FHIR formats HipSpine writes.</summary>
public enum FhirFormat
{
    Json,
    Xml,
}

/// <summary>A reply body in the format the client asked for.</summary>
public sealed record FhirRendered(string Body, string ContentType);

/// <summary>
/// Content negotiation for <c>/fhir</c>: <c>_format</c> wins over <c>Accept</c> (as FHIR says); JSON and XML are
/// written through the SDK's serializers. A request that accepts neither gets 406 rather than a format it did not
/// ask for. <c>_summary</c> is applied by the same serializers.
/// </summary>
public static class FhirFormats
{
    public const string XmlContentType = "application/fhir+xml";

    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirXmlSerializer Xml = new();

    /// <summary>The <c>_summary</c> values FHIR R4 defines.</summary>
    public static IReadOnlyList<string> SummaryValues { get; } = ["true", "text", "data", "count", "false"];

    /// <summary>The format to answer in, or null when neither JSON nor XML is acceptable (406).</summary>
    /// <param name="format">The <c>_format</c> parameter, if any.</param>
    /// <param name="accept">The media ranges of the <c>Accept</c> header (empty: anything).</param>
    public static FhirFormat? Negotiate(string? format, IEnumerable<string> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        if (!string.IsNullOrWhiteSpace(format))
        {
            return Of(format.Trim());
        }

        var ranges = accept.SelectMany(a => a.Split(','))
            .Select(r => r.Split(';'))
            .Where(parts => !parts.Skip(1).Any(p => p.Trim() is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
            .Select(parts => parts[0].Trim())
            .Where(r => r.Length > 0)
            .ToArray();
        if (ranges.Length == 0)
        {
            return FhirFormat.Json;
        }

        // The first range naming a FHIR format decides; a wildcard accepts JSON, the default.
        foreach (var range in ranges)
        {
            if (Of(range) is { } known)
            {
                return known;
            }

            if (range is "*/*" or "application/*")
            {
                return FhirFormat.Json;
            }
        }

        return null;
    }

    /// <summary>Re-writes a FHIR JSON reply in <paramref name="format"/>, applying <c>_summary</c> (null or <c>false</c>: whole).</summary>
    public static FhirRendered Render(string json, FhirFormat format, string? summary = null, bool pretty = false)
    {
        var summaryType = summary switch
        {
            "true" => SummaryType.True,
            "text" => SummaryType.Text,
            "data" => SummaryType.Data,
            "count" => SummaryType.Count,
            _ => SummaryType.False,
        };
        if (format == FhirFormat.Json && summaryType == SummaryType.False && !pretty)
        {
            return new FhirRendered(json, FhirUris.JsonContentType);
        }

        var read = FhirJson.Read<Resource>(json);
        if (!read.IsValid)
        {
            return new FhirRendered(json, FhirUris.JsonContentType); // not FHIR (cannot happen for our own replies): as it is
        }

        return format == FhirFormat.Xml
            ? new FhirRendered(Xml.SerializeToString(read.Resource!, summaryType, pretty: pretty), XmlContentType)
            : new FhirRendered(Json.SerializeToString(read.Resource!, summaryType, pretty: pretty), FhirUris.JsonContentType);
    }

    private static FhirFormat? Of(string value) => value.ToLowerInvariant() switch
    {
        "json" or "application/json" or "application/fhir+json" or "application/json+fhir" => FhirFormat.Json,
        "xml" or "text/xml" or "application/xml" or "application/fhir+xml" or "application/xml+fhir" => FhirFormat.Xml,
        _ => null,
    };
}
