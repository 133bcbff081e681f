using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Fhir;
using HipSpine.Records;
using HipSpine.Web.Clinician;
using HipSpine.Web.Hosting;

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
        // One instance (registered with the audit services): the Questionnaire is generated once from the immutable knowledge base.
        var fhir = routes.ServiceProvider.GetRequiredService<FhirService>();
        var api = routes.MapGroup("/fhir").WithTags("FHIR").AddEndpointFilter<OperationOutcomeFilter>().AddEndpointFilter<Smart.SmartFhirFilter>();

        api.MapFhirRest(fhir);

        api.MapPost("/QuestionnaireResponse/$assess", (HttpRequest request, CancellationToken cancellationToken) => AssessAsync(fhir, request, cancellationToken))
            .WithName("FhirAssess")
            .WithSummary("Assess a QuestionnaireResponse (FHIR R4)")
            .WithDescription("Returns a RiskAssessment (urgency, one prediction per likely source), or 400 with an OperationOutcome naming each invalid item. Nothing is stored.")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status400BadRequest, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status415UnsupportedMediaType, FhirService.ContentType)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Public); // no .Accepts(): its routing match would send other content types to the 404 fallback, not a 415

        api.MapGet("/Patient/{id}/$everything", (string id, HttpContext context, Sharing sharing, HipSpineDbContext db, AssessmentEngine engine, CancellationToken cancellationToken) =>
                EverythingAsync(fhir, id, context, sharing, db, engine, cancellationToken))
            .WithName("FhirPatientEverything")
            .WithSummary("Everything stored about a patient (FHIR R4 Bundle)")
            .WithDescription("For the patient (id = their account id, shown on /account) or a clinician with an active grant for all their data; signed out 401, anyone else 404. A Bundle of type searchset (_since: only what changed since): Patient, QuestionnaireResponses, RiskAssessments, pain Observations (LOINC 72514-3), CarePlans and Goals.")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status404NotFound, FhirService.ContentType)
            .RequireAuthorization(Policies.SignedIn);

        api.MapPost("/Bundle", (HttpRequest request, HipSpineDbContext db, TimeProvider time, DataLimits limits, CancellationToken cancellationToken) =>
                FhirImportApi.ImportAsync(fhir, request, db, time, limits, transaction: false, cancellationToken))
            .WithName("FhirImportBundle")
            .WithSummary("Import a Bundle into the signed-in person's record (FHIR R4)")
            .WithDescription("QuestionnaireResponses become saved assessments (assessed now) and pain Observations (LOINC 72514-3) diary entries of the latest assessment's plan. Every entry is checked first: any invalid entry is a 400 OperationOutcome naming the entry index and nothing is stored.")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status400BadRequest, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status415UnsupportedMediaType, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status429TooManyRequests, FhirService.ContentType)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.SignedIn); // no .Accepts(): its routing match would send other content types to the 404 fallback, not a 415

        api.MapPost("", (HttpRequest request, HipSpineDbContext db, TimeProvider time, DataLimits limits, CancellationToken cancellationToken) =>
                FhirImportApi.ImportAsync(fhir, request, db, time, limits, transaction: true, cancellationToken))
            .WithName("FhirTransaction")
            .WithSummary("A transaction Bundle into the signed-in person's record (FHIR R4)")
            .WithDescription("Entries: POST of QuestionnaireResponse (stored as an assessment, assessed now) or pain Observation (LOINC 72514-3). All or nothing: 200 with a transaction-response Bundle (201 Created and the location per entry), or 400 (403 for a subject that is not the caller) with an OperationOutcome naming each entry, and nothing stored.")
            .Produces<string>(StatusCodes.Status200OK, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status400BadRequest, FhirService.ContentType)
            .Produces<string>(StatusCodes.Status403Forbidden, FhirService.ContentType)
            .DisableAntiforgery()
            .RequireAuthorization(Policies.SignedIn);

        api.MapFallback(() => Fhir(FhirService.Problem("no such FHIR endpoint (GET /fhir/metadata lists what HipSpine offers)"), StatusCodes.Status404NotFound))
            .RequireAuthorization(Policies.Public);
        return routes;
    }

    private static async Task<IResult> AssessAsync(FhirService fhir, HttpRequest request, CancellationToken cancellationToken)
    {
        if (NotJson(request) is { } unsupported)
        {
            return unsupported;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        var reply = fhir.Assess(body);
        return Fhir(reply.Json, reply.IsValid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> EverythingAsync(
        FhirService fhir, string id, HttpContext context, Sharing sharing, HipSpineDbContext db, AssessmentEngine engine, CancellationToken cancellationToken)
    {
        DateTimeOffset? since = null;
        var sinceText = context.Request.Query["_since"].ToString();
        if (sinceText.Length > 0)
        {
            if (!DateTimeOffset.TryParse(sinceText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) || sinceText.Length < 20)
            {
                return Fhir(FhirService.Invalid($"_since: '{sinceText}' is not a FHIR instant (e.g. 2026-05-01T00:00:00Z)"), StatusCodes.Status400BadRequest);
            }

            since = parsed;
        }

        var record = await sharing.CanSeeAllAsync(id, context.User, cancellationToken)
            ? await PatientRecords.LoadAsync(db, engine.Knowledge, id, cancellationToken)
            : null;
        return record is null
            ? Fhir(FhirService.Problem("no such patient, or no access to all of their data"), StatusCodes.Status404NotFound)
            : Fhir(fhir.Everything(record, serverBase: FhirRestApi.ServerBase(context.Request), since: since), StatusCodes.Status200OK);
    }

    /// <summary>415 unless the body is declared as JSON (application/fhir+json or application/json): XML and forms are not read.</summary>
    internal static IResult? NotJson(HttpRequest request) => request.HasJsonContentType()
        ? null
        : Fhir(FhirService.Invalid("send the resource as FHIR JSON (Content-Type: application/fhir+json); XML and other formats are not supported"),
            StatusCodes.Status415UnsupportedMediaType);

    internal static IResult Fhir(string json, int status) => new FhirResult(json, status);
}
