using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HipSpine.Web.Api;

/// <summary>
/// The edge of the JSON APIs (<c>/api/assess</c>, <c>/api/extract</c>): only a JSON content type is read (415
/// otherwise, even when the text would parse), unparsable JSON is a 400 naming <c>(json)</c>, and every
/// invalid field is one entry of the problem details' <c>errors</c>.
/// </summary>
internal static class JsonRequestBody
{
    public static ProblemHttpResult NotJson(string what, string example) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: $"The {what} must be sent as JSON",
            detail: $"Send {example} with Content-Type: application/json.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.16");

    /// <summary>The parsed body, or the errors that make it unreadable (keyed <c>(json)</c>).</summary>
    public static async Task<(JsonDocument? Document, Dictionary<string, string[]>? Errors)> ParseAsync(
        HttpRequest request, JsonDocumentOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return (await JsonDocument.ParseAsync(request.Body, options, cancellationToken), null);
        }
        catch (JsonException ex)
        {
            return (null, new Dictionary<string, string[]>(StringComparer.Ordinal) { ["(json)"] = ["invalid JSON: " + ex.Message] });
        }
    }

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors, string title, string detail) =>
        TypedResults.ValidationProblem(errors, title: title, detail: detail, type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
}
