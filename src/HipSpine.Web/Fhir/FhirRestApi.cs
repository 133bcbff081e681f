using HipSpine.Fhir;
using HipSpine.Web.Hosting;

namespace HipSpine.Web.Fhir;

/// <summary>
/// The RESTful part of <c>/fhir</c>: the CapabilityStatement, read, vread and search. Definitional resources
/// (Questionnaire, CodeSystem, ...) are public; a patient's resources need a signed-in account and are shown only to
/// whoever may see that patient's whole record, exactly as <c>$everything</c>. PUT, PATCH, DELETE and create are
/// not offered: 405 with an OperationOutcome and <c>Allow</c>.
/// </summary>
internal static class FhirRestApi
{
    public static readonly string DefinitionTypes = "{type:regex(^(" + string.Join("|", FhirService.DefinitionTypes) + ")$)}";
    public static readonly string RecordTypes = "{type:regex(^(" + string.Join("|", FhirService.RecordTypes) + ")$)}";
    public static readonly string AnyType = "{type:regex(^(" + string.Join("|", FhirService.DefinitionTypes.Concat(FhirService.RecordTypes)) + ")$)}";

    private const string ReadOnlyMethods = "GET";

    public static RouteGroupBuilder MapFhirRest(this RouteGroupBuilder api, FhirService fhir)
    {
        api.MapGet("/metadata", (HttpRequest request) => new FhirResult(fhir.Metadata(ServerBase(request), SecurityDescription, SmartEndpointsOf(request)), StatusCodes.Status200OK))
            .WithName("FhirMetadata")
            .WithSummary("The CapabilityStatement (FHIR R4)")
            .RequireAuthorization(Policies.Public);

        api.MapGet("/" + DefinitionTypes, (string type, HttpRequest request) => Answer(fhir.SearchDefinitions(type, Search(request))))
            .WithName("FhirSearchDefinitions").WithSummary("Search definitional resources (url, version, name, status, _id)")
            .RequireAuthorization(Policies.Public);
        api.MapGet("/" + DefinitionTypes + "/{id}", (string type, string id) => Answer(fhir.ReadDefinition(type, id)))
            .WithName("FhirReadDefinition").WithSummary("Read a definitional resource")
            .RequireAuthorization(Policies.Public);
        api.MapGet("/" + DefinitionTypes + "/{id}/_history/{vid}", (string type, string id, string vid) => Answer(fhir.ReadDefinition(type, id, vid)))
            .WithName("FhirVreadDefinition").WithSummary("Read the current version of a definitional resource by its version id")
            .RequireAuthorization(Policies.Public);

        api.MapGet("/" + RecordTypes, (string type, HttpRequest request, FhirRecordAccess access, CancellationToken cancellationToken) =>
                SearchRecordsAsync(fhir, type, request, access, cancellationToken))
            .WithName("FhirSearchRecord").WithSummary("Search a patient's resources (patient/subject, code, date, _id, _count, ...)")
            .RequireAuthorization(Policies.SignedIn);
        api.MapGet("/" + RecordTypes + "/{id}", (string type, string id, HttpRequest request, FhirRecordAccess access, CancellationToken cancellationToken) =>
                ReadRecordAsync(fhir, type, id, null, request, access, cancellationToken))
            .WithName("FhirReadRecord").WithSummary("Read a resource of a patient's record")
            .RequireAuthorization(Policies.SignedIn);
        api.MapGet("/" + RecordTypes + "/{id}/_history/{vid}", (string type, string id, string vid, HttpRequest request, FhirRecordAccess access, CancellationToken cancellationToken) =>
                ReadRecordAsync(fhir, type, id, vid, request, access, cancellationToken))
            .WithName("FhirVreadRecord").WithSummary("Read the current version of a patient's resource by its version id")
            .RequireAuthorization(Policies.SignedIn);

        api.MapMethods("/" + AnyType, ["PUT", "PATCH", "DELETE", "POST"], (string type, HttpResponse response) =>
                NotAllowed(response, $"{type}: HipSpine offers read and search only (create through POST /fhir as a transaction)"))
            .WithName("FhirTypeNotAllowed").ExcludeFromDescription().DisableAntiforgery()
            .RequireAuthorization(Policies.Public);
        api.MapMethods("/" + AnyType + "/{id}", ["PUT", "PATCH", "DELETE", "POST"], (string type, HttpResponse response) =>
                NotAllowed(response, $"{type}: HipSpine offers read and vread only; resources are not updated or deleted through FHIR"))
            .WithName("FhirInstanceNotAllowed").ExcludeFromDescription().DisableAntiforgery()
            .RequireAuthorization(Policies.Public);
        return api;
    }

    /// <summary>The base URL of this server's FHIR API as the client reached it (fullUrl and paging links resolve).</summary>
    public static string ServerBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";

    private const string SecurityDescription =
        "Definitional resources and $assess are public. A patient's resources need a SMART on FHIR bearer token (/.well-known/smart-configuration; " +
        "patient/*.read, user/*.read, system/*.read for a clinic's backend) or a signed-in HipSpine session cookie: the patient themself, or a clinician " +
        "holding the patient's share code for all data. Anyone else gets 404, as if the resource did not exist. CORS only for the origins of registered clients.";

    private static SmartEndpoints SmartEndpointsOf(HttpRequest request) =>
        new(Smart.SmartConfigurationApi.Base(request) + Smart.SmartConfigurationApi.AuthorizePath, Smart.SmartConfigurationApi.Base(request) + Smart.SmartConfigurationApi.TokenPath);

    private static FhirSearch Search(HttpRequest request) =>
        new(ServerBase(request), request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToArray());

    private static FhirResult Answer(FhirAnswer answer) => new(answer.Json, answer.Status, answer.VersionId, answer.LastUpdated);

    private static async Task<IResult> ReadRecordAsync(FhirService fhir, string type, string id, string? vid, HttpRequest request, FhirRecordAccess access, CancellationToken cancellationToken)
    {
        var notFound = new FhirResult(FhirService.Problem($"{type}/{id} is not known (or not visible to this account)"), StatusCodes.Status404NotFound);
        if (FhirService.KeyOf(type, id) is not { } key || await access.OwnerOfAsync(key, cancellationToken) is not { } owner)
        {
            return notFound;
        }

        var record = await access.LoadAsync(owner, request.HttpContext.User, type + "/" + id, cancellationToken);
        return record is null ? notFound : Answer(fhir.ReadRecord(record, type, id, vid));
    }

    private static async Task<IResult> SearchRecordsAsync(FhirService fhir, string type, HttpRequest request, FhirRecordAccess access, CancellationToken cancellationToken)
    {
        var search = Search(request);
        var records = new List<PatientRecord>();
        foreach (var patient in FhirRecordAccess.PatientsOf(type, search.Parameters, request.HttpContext.User))
        {
            if (await access.LoadAsync(patient, request.HttpContext.User, type + "?patient=" + patient, cancellationToken) is { } record)
            {
                records.Add(record);
            }
        }

        return Answer(fhir.SearchRecords(records, type, search));
    }

    private static FhirResult NotAllowed(HttpResponse response, string message)
    {
        response.Headers.Allow = ReadOnlyMethods;
        return new FhirResult(FhirService.NotSupported(message), StatusCodes.Status405MethodNotAllowed);
    }
}
