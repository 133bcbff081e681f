using HipSpine.Fhir;
using Microsoft.Net.Http.Headers;

namespace HipSpine.Web.Fhir;

/// <summary>
/// Every reply under <c>/fhir</c>: FHIR JSON from <see cref="FhirService"/>, written in the format the client
/// negotiated (<c>_format</c>, else <c>Accept</c>; JSON or XML, else 406), with <c>_summary</c> and
/// <c>_pretty</c> applied. A single resource carries its version as a weak ETag and its <c>meta.lastUpdated</c> as
/// Last-Modified; a GET whose <c>If-None-Match</c> names the current version gets 304 and no body.
/// </summary>
internal sealed class FhirResult(string json, int status, string? versionId = null, DateTimeOffset? lastUpdated = null) : IResult
{
    public int Status => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var request = httpContext.Request;
        var response = httpContext.Response;
        var format = FhirFormats.Negotiate(request.Query["_format"].ToString(), request.Headers.Accept.Select(a => a ?? ""));
        if (format is null)
        {
            await WriteAsync(response, StatusCodes.Status406NotAcceptable,
                new FhirRendered(FhirService.NotAcceptable("HipSpine writes FHIR as application/fhir+json or application/fhir+xml (_format=json or xml)"), FhirService.ContentType));
            return;
        }

        var summary = request.Query["_summary"].ToString();
        if (summary.Length > 0 && !FhirFormats.SummaryValues.Contains(summary, StringComparer.Ordinal))
        {
            await WriteAsync(response, StatusCodes.Status400BadRequest, FhirFormats.Render(
                FhirService.Invalid($"_summary: '{summary}' is not one of {string.Join(", ", FhirFormats.SummaryValues)}"), format.Value));
            return;
        }

        if (versionId is not null && status == StatusCodes.Status200OK)
        {
            var etag = "W/\"" + versionId + "\"";
            response.Headers.ETag = etag;
            if (lastUpdated is { } updated)
            {
                response.Headers.LastModified = updated.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (HttpMethods.IsGet(request.Method) && NoneMatch(request, versionId))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        var pretty = string.Equals(request.Query["_pretty"].ToString(), "true", StringComparison.Ordinal);
        await WriteAsync(response, status, FhirFormats.Render(json, format.Value, summary.Length > 0 ? summary : null, pretty));
    }

    private static bool NoneMatch(HttpRequest request, string versionId) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Tag == "*" || string.Equals(t.Tag.Value, "\"" + versionId + "\"", StringComparison.Ordinal));

    private static Task WriteAsync(HttpResponse response, int status, FhirRendered rendered)
    {
        response.StatusCode = status;
        response.ContentType = rendered.ContentType + "; charset=utf-8";
        return response.WriteAsync(rendered.Body, response.HttpContext.RequestAborted);
    }
}
