using HipSpine.Engine.Assessment;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>The outcome of a FHIR operation: a resource as FHIR JSON, and whether the input was valid.</summary>
/// <param name="IsValid">False when <paramref name="Json"/> is an OperationOutcome describing invalid input.</param>
/// <param name="Json">The resource, as FHIR JSON.</param>
public sealed record FhirReply(bool IsValid, string Json);

/// <summary>
/// HipSpine's FHIR R4 face for hosts (web app, CLI): text in, FHIR JSON out, so no host needs the FHIR SDK.
/// Stateless and thread-safe; register one per knowledge base. Every operation (the Questionnaire, <c>$assess</c>,
/// a patient's <c>$everything</c>, Bundle import) is here, each built by its own builder or reader.
/// </summary>
public sealed class FhirService
{
    private readonly AssessmentEngine engine;
    private readonly TimeProvider time;
    private readonly Questionnaire questionnaire;
    private readonly IReadOnlyList<Resource> definitions;

    private readonly FhirCanonical canonical;

    /// <param name="engine">The engine and its knowledge base.</param>
    /// <param name="time">"Now".</param>
    /// <param name="canonical">The canonical base of HipSpine's definitional resources (default: <see cref="FhirCanonical.Default"/>).</param>
    public FhirService(AssessmentEngine engine, TimeProvider? time = null, FhirCanonical? canonical = null)
    {
        this.engine = engine ?? throw new ArgumentNullException(nameof(engine));
        this.time = time ?? TimeProvider.System;
        this.canonical = canonical ?? FhirCanonical.Default;
        questionnaire = QuestionnaireBuilder.Build(engine.Knowledge, this.canonical);
        definitions = [questionnaire, QuestionnaireBuilder.BuildExam(engine.Knowledge, this.canonical), .. DefinitionsBuilder.Build(engine.Knowledge, this.canonical)];
        foreach (var definition in definitions)
        {
            ResourceMeta.Stamp(definition, null);
        }
    }

    /// <summary>The resource types of a patient's record: read and search need access to that patient.</summary>
    public static IReadOnlyList<string> RecordTypes => SearchParameters.RecordTypes;

    /// <summary>The definitional resource types (Questionnaire, CodeSystem, ...): public.</summary>
    public static IReadOnlyList<string> DefinitionTypes => SearchParameters.DefinitionTypes;

    /// <summary>The CapabilityStatement of this server at <paramref name="serverBase"/> (e.g. <c>https://host/fhir</c>).</summary>
    public string Metadata(string serverBase, string securityDescription, SmartEndpoints? smart = null) =>
        FhirJson.Serialize(CapabilityBuilder.Build(serverBase, engine.Knowledge.Version, time.GetUtcNow(), securityDescription, canonical, smart));

    /// <summary>Read (or, with <paramref name="versionId"/>, vread) a definitional resource.</summary>
    public FhirAnswer ReadDefinition(string type, string id, string? versionId = null) => RestReader.Read(definitions, type, id, versionId);

    /// <summary>Search the definitional resources of <paramref name="type"/> (e.g. <c>Questionnaire?url=...</c>).</summary>
    public FhirAnswer SearchDefinitions(string type, FhirSearch search) => RestReader.Search(definitions, type, search);

    /// <summary>Read (or vread) a resource of a patient's record; 404 OperationOutcome when it is not in it.</summary>
    public FhirAnswer ReadRecord(PatientRecord record, string type, string id, string? versionId = null) =>
        RestReader.Read(EverythingBuilder.Resources(record, engine.Knowledge, canonical), type, id, versionId);

    /// <summary>Search the resources of <paramref name="type"/> in the given records (those the caller may see).</summary>
    public FhirAnswer SearchRecords(IEnumerable<PatientRecord> records, string type, FhirSearch search) =>
        RestReader.Search(records.SelectMany(r => EverythingBuilder.Resources(r, engine.Knowledge, canonical)), type, search);

    /// <summary>The stored row a record resource is built from (its id says which), or null for an id HipSpine never makes.</summary>
    public static FhirRecordKey? KeyOf(string type, string id) => FhirRecordKey.Of(type, id);

    /// <summary>The media type of every reply: <c>application/fhir+json</c>.</summary>
    public static string ContentType => FhirUris.JsonContentType;

    /// <summary>The canonical URL of the intake Questionnaire with the default base.</summary>
    public static string QuestionnaireUrl => FhirUris.IntakeQuestionnaire;

    /// <summary>The canonical URL of this service's intake Questionnaire.</summary>
    public string IntakeQuestionnaireUrl => canonical.IntakeQuestionnaire;

    /// <summary>The Questionnaire <c>hipspine-intake</c>, generated from the knowledge base.</summary>
    public string QuestionnaireJson(bool pretty = false) => FhirJson.Serialize(questionnaire, pretty);

    /// <summary>
    /// Reads a QuestionnaireResponse (FHIR JSON), assesses it and returns a RiskAssessment; invalid JSON,
    /// another resource type or invalid answers return an OperationOutcome naming each problem instead.
    /// Nothing is stored.
    /// </summary>
    /// <remarks>The body may be the QuestionnaireResponse itself or a <c>Parameters</c> resource whose parameter
    /// <c>response</c> holds it (the OperationDefinition's form). An <c>in-progress</c> response gives a preliminary RiskAssessment.</remarks>
    public FhirReply Assess(string questionnaireResponseJson)
    {
        var read = FhirJson.Read<Resource>(questionnaireResponseJson);
        if (!read.IsValid)
        {
            return Invalid(read.Problems);
        }

        var response = read.Resource switch
        {
            QuestionnaireResponse direct => direct,
            Parameters parameters => WithExam(parameters),
            _ => null,
        };
        if (response is null)
        {
            return Invalid(Outcomes.Of(Outcomes.Error(
                read.Resource is Parameters
                    ? "Parameters: expected a parameter 'response' holding a QuestionnaireResponse"
                    : $"expected a QuestionnaireResponse (or Parameters with 'response'), not {read.Resource!.TypeName}",
                "resourceType")));
        }

        var answers = QuestionnaireResponseReader.Read(response, engine.Knowledge, canonical);
        if (!answers.IsValid)
        {
            return Invalid(answers.Problems);
        }

        var result = engine.Assess(answers.Case!);
        var assessment = RiskAssessmentBuilder.Build(result, engine.Knowledge, time.GetUtcNow(), response, canonical: canonical);
        return new FhirReply(true, FhirJson.Serialize(assessment));
    }

    /// <summary>A patient's <c>$everything</c>: a Bundle (type searchset) of all their stored data, as FHIR JSON.</summary>
    /// <param name="record">The patient's record.</param>
    /// <param name="pretty">Indented JSON.</param>
    /// <param name="serverBase">Where the resources can be read (each entry's fullUrl); the canonical base when not served.</param>
    /// <param name="since">Only resources updated at or after this instant (the Patient always).</param>
    public string Everything(PatientRecord record, bool pretty = false, string? serverBase = null, DateTimeOffset? since = null) =>
        FhirJson.Serialize(EverythingBuilder.Build(record, engine.Knowledge, time.GetUtcNow(), serverBase ?? canonical.Base, since, canonical), pretty);

    /// <summary>
    /// Reads a Bundle to import: QuestionnaireResponses (assessed with the engine) and pain Observations
    /// (LOINC 72514-3). Every entry is checked first; any invalid entry makes the whole import invalid.
    /// </summary>
    /// <remarks>With <paramref name="limits"/>, a Bundle of more entries is refused before any entry is read, and a date outside the window is an error of its entry.</remarks>
    /// <remarks>With <paramref name="patientId"/>, an entry whose subject is another patient is an error and the import is <see cref="FhirImport.Forbidden"/>.</remarks>
    public FhirImport ReadImport(string bundleJson, ImportLimits? limits = null, string? patientId = null) =>
        BundleImportReader.Read(bundleJson, engine, limits, patientId, canonical: canonical);

    /// <summary>Reads a transaction Bundle (<c>POST /fhir</c>): as <see cref="ReadImport"/>, and every entry must be a POST of its resource type.</summary>
    public FhirImport ReadTransaction(string bundleJson, ImportLimits? limits, string patientId) =>
        BundleImportReader.Read(bundleJson, engine, limits, patientId, transaction: true, canonical: canonical);

    /// <summary>The transaction-response Bundle: one <c>201 Created</c> entry per stored resource, with its location (e.g. <c>Observation/pain-...</c>).</summary>
    public static string TransactionResponse(IEnumerable<string> locations)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.TransactionResponse };
        foreach (var location in locations)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Response = new Bundle.ResponseComponent { Status = "201 Created", Location = location } });
        }

        return FhirJson.Serialize(bundle);
    }

    /// <summary>The errors of validating a resource (FHIR JSON) against base R4, offline; empty when valid.</summary>
    public static IReadOnlyList<string> ValidationErrors(string json)
    {
        var read = FhirJson.Read<Resource>(json);
        if (!read.IsValid)
        {
            return read.Problems.Issue.Select(i => i.Diagnostics ?? "").ToArray();
        }

        return FhirValidation.Errors(read.Resource!).Select(i => (i.Diagnostics ?? i.Details?.Text ?? "") + " @ " + string.Join(",", i.Expression)).ToArray();
    }

    /// <summary>An OperationOutcome for an unexpected failure: a fixed message and the trace id, never exception details.</summary>
    public static string ServerError(string? traceId)
    {
        var message = "An unexpected error occurred; nothing was stored."
            + (string.IsNullOrEmpty(traceId) ? "" : " Trace id: " + traceId + ".");
        return FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.Exception)));
    }

    /// <summary>An OperationOutcome for a request outside the FHIR API (e.g. an unknown route) with a status code.</summary>
    public static string Problem(string message) =>
        FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.NotFound)));

    /// <summary>An OperationOutcome with one error issue (code throttled): a quota is used up.</summary>
    public static string Throttled(string message) =>
        FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.Throttled)));

    /// <summary>An OperationOutcome for 406: the client accepts no format HipSpine writes.</summary>
    public static string NotAcceptable(string message) =>
        FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.NotSupported)));

    /// <summary>An OperationOutcome for 405: an interaction HipSpine does not offer.</summary>
    public static string NotSupported(string message) =>
        FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.NotSupported)));

    /// <summary>An OperationOutcome for 403: a resource about another patient than the caller.</summary>
    public static string Forbidden(string message) =>
        FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message, code: OperationOutcome.IssueType.Forbidden)));

    /// <summary>An OperationOutcome with one error issue (code invalid).</summary>
    public static string Invalid(string message) => FhirJson.Serialize(Outcomes.Of(Outcomes.Error(message)));

    /// <summary>An OperationOutcome with one information issue (e.g. what an import stored).</summary>
    public static string Information(string message) => FhirJson.Serialize(Outcomes.Of(new OperationOutcome.IssueComponent
    {
        Severity = OperationOutcome.IssueSeverity.Information,
        Code = OperationOutcome.IssueType.Informational,
        Diagnostics = message,
    }));

    /// <summary>The <c>response</c> parameter, with the items of an <c>exam</c> response (to hipspine-exam) added to it.</summary>
    private static QuestionnaireResponse? WithExam(Parameters parameters)
    {
        QuestionnaireResponse? Named(string name) =>
            parameters.Parameter.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Resource as QuestionnaireResponse;
        if (Named("response") is not { } response)
        {
            return null;
        }

        if (Named("exam") is { } exam)
        {
            response = (QuestionnaireResponse)response.DeepCopy();
            response.Item.AddRange(exam.Item.Select(i => (QuestionnaireResponse.ItemComponent)i.DeepCopy()));
        }

        return response;
    }

    private static FhirReply Invalid(OperationOutcome problems) => new(false, FhirJson.Serialize(problems));
}
