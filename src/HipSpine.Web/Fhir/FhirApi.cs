using HipSpine.Engine.Assessment;
using HipSpine.Fhir;

namespace HipSpine.Web.Fhir;

/// <summary>
/// The HL7 FHIR R4 endpoints under <c>/fhir</c>: the intake Questionnaire and <c>$assess</c>, which turns a
/// QuestionnaireResponse into a RiskAssessment and stores nothing. Bodies are FHIR JSON
/// (<c>application/fhir+json</c>); every failure is an OperationOutcome. The FHIR work itself is done by
/// <see cref="FhirService"/>; this folder only maps it to HTTP.
/// </summary>
internal static class FhirApi
{
    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder routes)
    {
        // Built once: the Questionnaire is generated from the immutable knowledge base.
        var fhir = new FhirService(routes.ServiceProvider.GetRequiredService<AssessmentEngine>());
        var api = routes.MapGroup("/fhir").WithTags("FHIR").AddEndpointFilter<OperationOutcomeFilter>();

        api.MapGet("/Questionnaire/" + FhirUris.IntakeQuestionnaireId, () => Fhir(fhir.QuestionnaireJson(), StatusCodes.Status200OK))
            .WithName("FhirIntakeQuestionnaire")
            .WithSummary("The intake Questionnaire (FHIR R4)")
            .WithDescription("Generated from the knowledge base: age, sex and one item per finding, linkId = finding code.")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType);

        api.MapPost("/QuestionnaireResponse/$assess", (HttpRequest request, CancellationToken cancellationToken) => AssessAsync(fhir, request, cancellationToken))
            .WithName("FhirAssess")
            .WithSummary("Assess a QuestionnaireResponse (FHIR R4)")
            .WithDescription("Returns a RiskAssessment (urgency, one prediction per likely source), or 400 with an OperationOutcome naming each invalid item. Nothing is stored.")
            .Accepts<string>(FhirService.ContentType, "application/json")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status400BadRequest, FhirService.ContentType)
            .DisableAntiforgery();

        api.MapFallback(() => Fhir(FhirService.Problem("no such FHIR endpoint (HipSpine offers Questionnaire/hipspine-intake and QuestionnaireResponse/$assess)"), StatusCodes.Status404NotFound));
        return routes;
    }

    private static async Task<IResult> AssessAsync(FhirService fhir, HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var reply = fhir.Assess(body);
        return Fhir(reply.Json, reply.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    internal static IResult Fhir(string json, int status) => TypedResults.Text(json, FhirService.ContentType, statusCode: status);
}
