using System.Reflection;
using System.Text.Json;
using HipSpine.Engine.Extraction;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace HipSpine.Web.Api;

/// <summary>
/// <c>POST /api/extract</c> (contract 1.1, the HTTP twin of <c>hipspine extract</c>): <c>{"id", "text", "age",
/// "sex"}</c> in, findings and mentions with their spans out. Stores nothing.
/// </summary>
internal static class ExtractApi
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Free text").MapPost("/extract", ExtractAsync)
            .WithName("Extract")
            .WithSummary("Understand a person's own words")
            .WithDescription("Reads free text and returns the findings it states (vocabulary codes and values), each mention with its UTF-16 span, negated, historical, hypothetical and other-person mentions marked. Nothing is stored.")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Public);
        return routes;
    }

    internal static async Task<Results<ExtractionJsonResult, ValidationProblem, ProblemHttpResult>> ExtractAsync(
        HttpRequest request, FreeTextExtractor extractor, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return JsonRequestBody.NotJson("text", "{\"text\": \"...\"}");
        }

        var (document, unreadable) = await JsonRequestBody.ParseAsync(request, DocumentOptions, cancellationToken);
        if (document is null)
        {
            return Invalid(unreadable!);
        }

        using (document)
        {
            var read = ExtractionRequest.Read(document.RootElement, out var problems);
            if (read is null)
            {
                return Invalid(problems.ToDictionary(p => p.Key, p => new[] { p.Value }, StringComparer.Ordinal));
            }

            var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
            return new ExtractionJsonResult(read.Id, extractor.Extract(read.Text, today, read.Age));
        }
    }

    private static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        JsonRequestBody.Invalid(errors, "The request is invalid", "Each entry of 'errors' names a field ('text', 'age', 'sex', 'id') and what is wrong with it (see docs/contract.md 1.1 in the HipSpine repository).");
}

/// <summary>An extraction written as the contract's JSON line (<see cref="ExtractionJson"/>).</summary>
internal sealed class ExtractionJsonResult(string? id, ExtractionResult value) : IResult, IEndpointMetadataProvider
{
    public ExtractionResult Value { get; } = value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AssessmentJsonResult.ContentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            ExtractionJson.Write(writer, id, Value);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), ["application/json"]));
    }
}
