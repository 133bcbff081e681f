using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HipSpine.Web.Api;

/// <summary><c>POST /api/assess</c> (docs/contract.md section 4): a case in, the result out. Stores nothing.</summary>
internal static class AssessApi
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>
    /// Puts the generated contract serialiser first in the minimal APIs' JSON options, so any endpoint that
    /// returns an <see cref="AssessmentResult"/> uses it (and OpenAPI describes the same shapes).
    /// </summary>
    public static IServiceCollection AddAssessApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, HipSpineJsonContext.Default));

    public static IEndpointRouteBuilder MapAssessApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Assessment");
        api.MapPost("/assess", AssessAsync)
            .WithName("Assess")
            .WithSummary("Assess one case")
            .WithDescription("Validates the case against the contract vocabulary and returns urgency, likely sources and pattern. Nothing is stored.")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Public);
        return routes;
    }

    internal static async Task<Results<AssessmentJsonResult, ValidationProblem, ProblemHttpResult>> AssessAsync(
        HttpRequest request, AssessmentEngine engine, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            // A form post or plain text is not read as JSON, even when its text would parse.
            return JsonRequestBody.NotJson("case", "the body");
        }

        var (document, unreadable) = await JsonRequestBody.ParseAsync(request, DocumentOptions, cancellationToken);
        if (document is null)
        {
            return Invalid(unreadable!);
        }

        using (document)
        {
            var read = CaseValidator.Validate(document.RootElement, engine.Knowledge.Vocabulary, 1);
            if (read.Case is null || !read.IsValid)
            {
                var errors = read.Problems
                    .GroupBy(p => p.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
                return Invalid(errors);
            }

            return new AssessmentJsonResult(engine.Assess(read.Case));
        }
    }

    private static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        JsonRequestBody.Invalid(errors, "The case is invalid", "Each entry of 'errors' names a field of the case and what is wrong with it (see docs/contract.md in the HipSpine repository).");
}
