using System.Reflection;
using System.Text.Json;
using HipSpine.Engine.Assessment;
using Microsoft.AspNetCore.Http.Metadata;

namespace HipSpine.Web.Api;

/// <summary>
/// A contract result written straight into the response pipe by <see cref="AssessmentResultWriter"/>: the same
/// bytes and content type as <c>TypedResults.Json</c> with the generated serialiser, without its per-property
/// metadata work (the largest part of a request's own cost, docs/performance.md).
/// </summary>
internal sealed class AssessmentJsonResult(AssessmentResult value) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "application/json; charset=utf-8";

    public AssessmentResult Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;

        // The pipe keeps what the writer produces in its buffers; nothing is sent before the flush.
        using (var writer = new Utf8JsonWriter(response.BodyWriter, AssessmentResultWriter.Options))
        {
            AssessmentResultWriter.Write(writer, Value);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>Describes the 200 response in OpenAPI with the contract type, as <c>TypedResults.Json</c> did.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(AssessmentResult), ["application/json"]));
    }
}
