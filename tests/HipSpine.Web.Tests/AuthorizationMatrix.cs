using HipSpine.Web.Fhir;
using static HipSpine.Web.Tests.Outcome;

namespace HipSpine.Web.Tests;

/// <summary>What a request gets back, as the matrix states it.</summary>
public enum Outcome
{
    Ok,
    /// <summary>302 to the sign-in page: a browser that is not signed in.</summary>
    SignIn,
    /// <summary>302 anywhere else (a form that did its work, or did nothing and went back).</summary>
    Redirect,
    BadRequest,
    /// <summary>401: a program under /api or /fhir that is not signed in.</summary>
    Unauthorized,
    /// <summary>403: signed in, but without the role the policy needs.</summary>
    Forbidden,
    /// <summary>404: someone else's record, exactly as if it did not exist.</summary>
    NotFound,
    /// <summary>405: an interaction the FHIR API does not offer (PUT, DELETE, ...).</summary>
    MethodNotAllowed,
}

/// <summary>The six accounts of the matrix, in the order the requests are sent (patient A last: A's own writes change A's data).</summary>
public enum Role
{
    Anonymous,
    PatientB,
    ClinicianWithoutGrant,
    Admin,
    ClinicianWithGrant,
    PatientA,
}

/// <summary>
/// One request of the matrix: method, route pattern (as the endpoint data source spells it, leading slash
/// added) and page handler, what is sent, and the outcome for each role. Route parameters are filled with
/// patient A's ids (see <see cref="AuthorizationMatrixFixture.Fill"/>).
/// </summary>
internal sealed record MatrixRow(string Method, string Pattern, string? Handler, IReadOnlyDictionary<Role, Outcome> Expected)
{
    public IReadOnlyList<KeyValuePair<string, string>> Form { get; init; } = [];

    /// <summary>A JSON body instead of a form (no antiforgery token: those endpoints are for programs).</summary>
    public string? Json { get; init; }

    public string Key => Method + " " + Pattern + (Handler is null ? "" : "?handler=" + Handler);
}

/// <summary>The expected outcome of every endpoint for every role. A new endpoint must be added here.</summary>
internal static class AuthorizationMatrix
{
    private const string ValidCase = """{"age": 40, "sex": "female", "findings": {"where.low_back": true}}""";

    // Columns:                             anonymous   patient A  patient B  clinician+grant  clinician  admin
    private static readonly Outcome[] Everyone = [Ok, Ok, Ok, Ok, Ok, Ok];
    private static readonly Outcome[] OwnerOnlyPublic = [NotFound, Ok, NotFound, NotFound, NotFound, NotFound];
    private static readonly Outcome[] OwnerOnly = [SignIn, Ok, NotFound, NotFound, NotFound, NotFound];
    private static readonly Outcome[] OwnerWrites = [SignIn, Redirect, NotFound, NotFound, NotFound, NotFound];
    private static readonly Outcome[] OwnerOrGrant = [SignIn, Ok, NotFound, Ok, NotFound, NotFound];
    private static readonly Outcome[] AnySignedIn = [SignIn, Ok, Ok, Ok, Ok, Ok];
    private static readonly Outcome[] AnyClinician = [SignIn, Forbidden, Forbidden, Ok, Ok, Forbidden];
    private static readonly Outcome[] NotAllowed = [MethodNotAllowed, MethodNotAllowed, MethodNotAllowed, MethodNotAllowed, MethodNotAllowed, MethodNotAllowed];
    private static readonly Outcome[] GrantedClinician = [SignIn, Forbidden, Forbidden, Ok, NotFound, Forbidden];

    public static IReadOnlyList<MatrixRow> Rows(string today, Guid grantId) =>
    [
        // Public pages and endpoints: the same for everyone, and no stored data.
        Row("GET", "/", Everyone),
        Row("GET", "/learn", Everyone),
        Row("GET", "/learn/connection", Everyone),
        Row("GET", "/learn/symptoms", Everyone),
        Row("GET", "/learn/when-to-see-a-doctor", Everyone),
        Row("GET", "/learn/when-to-see-a-doctor/{urgency}", Everyone),
        Row("GET", "/learn/sources/{id}", Everyone),
        Row("GET", "/learn/treatments/{id}", Everyone),
        Row("GET", "/assess", Everyone),
        Row("GET", "/assess/all", Everyone),
        Row("GET", "/story", Everyone),
        Row("GET", "/account/signin", Everyone),
        Row("GET", "/account/signup", Everyone),
        Row("GET", "/healthz", Everyone),
        Row("GET", "/exercises/{exercise}.svg", Everyone),
        Row("GET", "/openapi/{documentName}.json", Everyone),
        Row("GET", "/fhir/metadata", Everyone),
        Row("GET", "/.well-known/smart-configuration", Everyone),
        Row("GET", "/fhir/" + FhirRestApi.DefinitionTypes, Everyone),
        Row("GET", "/fhir/" + FhirRestApi.DefinitionTypes + "/{id}", Everyone),
        Row("GET", "/fhir/" + FhirRestApi.DefinitionTypes + "/{id}/_history/{vid}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]), // no such version
        .. new[] { "PUT", "PATCH", "DELETE", "POST" }.SelectMany(method => new[]
        {
            Row(method, "/fhir/" + FhirRestApi.AnyType, NotAllowed) with { Json = "{}" },
            Row(method, "/fhir/" + FhirRestApi.AnyType + "/{id}", NotAllowed) with { Json = "{}" },
        }),
        Row("GET", "/fhir/{*path:nonfile}", [NotFound, NotFound, NotFound, NotFound, NotFound, NotFound]),

        // Patient A's records: A only (a clinician holding A's grant sees the report and the FHIR record).
        Row("GET", "/assessments/{id:guid}", OwnerOnlyPublic),
        Row("GET", "/assessments/{id:guid}/rerun", OwnerOnlyPublic),
        Row("GET", "/assessments/{id:guid}/plan", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/plan.ics", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/plan/sheet", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/diary", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/diary/entry/{entryId:guid?}", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/check-in", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/progress", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/outcomes", OwnerOnly),
        Row("GET", "/assessments/{id:guid}/report.pdf", OwnerOrGrant),
        Row("GET", "/fhir/Patient/{id}/$everything", [Unauthorized, Ok, NotFound, Ok, NotFound, NotFound]),
        Row("GET", "/fhir/" + FhirRestApi.RecordTypes, [Unauthorized, Ok, Ok, Ok, Ok, Ok]), // a search shows only what the caller may see
        Row("GET", "/fhir/" + FhirRestApi.RecordTypes + "/{id}", [Unauthorized, Ok, NotFound, Ok, NotFound, NotFound]),
        Row("GET", "/fhir/" + FhirRestApi.RecordTypes + "/{id}/_history/{vid}", [Unauthorized, NotFound, NotFound, NotFound, NotFound, NotFound]), // no such version
        Row("GET", "/account", AnySignedIn),
        Row("GET", "/account/sharing", AnySignedIn),
        Row("GET", "/account/activity", AnySignedIn), // each account sees its own activity
        Row("GET", "/account/data", AnySignedIn),
        Row("GET", "/account/deleted", Everyone),
        Row("GET", "/account/confirm-email", Everyone),
        Row("GET", "/account/forgot-password", Everyone),
        Row("GET", "/account/resend-confirmation", Everyone),
        Row("GET", "/account/reset-password", Everyone),
        Row("GET", "/account/password", AnySignedIn),
        Row("GET", "/account/clinician", AnySignedIn),
        Row("GET", "/account/two-factor", AnySignedIn),

        // The clinician workspace and the administrator's status page.
        Row("GET", "/clinician", AnyClinician),
        Row("GET", "/clinician/redeem", AnyClinician),
        Row("GET", "/clinician/patients/{patientId}", GrantedClinician),
        Row("GET", "/clinician/assessments/{id:guid}/exam", GrantedClinician),
        Row("GET", "/clinician/assessments/{id:guid}/plan", GrantedClinician),
        Row("GET", "/admin", [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        Row("GET", "/admin/clients", [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        // The SMART authorization endpoint: OpenIddict refuses a request without client_id before any page (SmartFlowTests walk it for real).
        Row("GET", "/connect/authorize", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),

        // Writes that store nothing, or store only into the caller's own account.
        Row("POST", "/api/assess", Everyone) with { Json = ValidCase },
        Row("POST", "/fhir/QuestionnaireResponse/$assess", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]) with { Json = "{}" },
        Row("POST", "/fhir/Bundle", [Unauthorized, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]) with { Json = "{}" },
        Row("POST", "/fhir/", [Unauthorized, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]) with { Json = "{}" },
        Row("POST", "/assessments", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]) with { Form = [new("state", "")] },
        Row("POST", "/assess", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]) with { Form = [new("state", "")] },
        Row("POST", "/assess/all", Everyone),
        Row("POST", "/story", Everyone),
        Row("POST", "/assess", "story", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        Row("POST", "/api/extract", Everyone) with { Json = "{\"text\":\"groin pain\"}" },
        Row("POST", "/account/signin", Everyone),
        Row("POST", "/account/signin", "carry", Everyone),
        Row("POST", "/account/signup", Everyone),
        Row("POST", "/account/signup", "carry", Everyone),
        Row("POST", "/account/sharing", "create", AnySignedIn),
        // Account forms sent empty: each answers with its errors and changes nothing.
        Row("POST", "/account/signin", "code", Everyone),
        Row("POST", "/account/confirm-email", Everyone),
        Row("POST", "/account/forgot-password", Everyone),
        Row("POST", "/account/resend-confirmation", Everyone),
        Row("POST", "/account/reset-password", Everyone),
        Row("POST", "/account/password", AnySignedIn),
        Row("POST", "/account/clinician", AnySignedIn),
        Row("POST", "/account/two-factor", "enable", AnySignedIn),
        Row("POST", "/account/two-factor", "recovery", [SignIn, Redirect, Redirect, Ok, Ok, Ok]), // needs a current code; nothing to renew without the factor
        Row("POST", "/account/two-factor", "disable", [SignIn, Redirect, Redirect, Ok, Ok, Ok]),
        Row("POST", "/account", "resend", AnySignedIn),
        Row("POST", "/admin", "approve", [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound]),
        Row("POST", "/admin/clients", "register", [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, BadRequest]), // empty: errors, nothing registered
        Row("POST", "/admin/clients", "remove", [SignIn, Forbidden, Forbidden, Forbidden, Forbidden, NotFound]),
        Row("POST", "/connect/authorize", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        Row("POST", "/connect/token", [BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]), // no grant_type: an OAuth error
        // Deleting needs the caller's own password; without it nothing is deleted (DataRightsTests delete for real).
        Row("POST", "/account/data", "delete", [SignIn, BadRequest, BadRequest, BadRequest, BadRequest, BadRequest]),
        Row("POST", "/clinician/redeem", AnyClinician) with { Form = [new("Code", "not-a-code")] },

        // Writes to patient A's records: A, or the clinician A shared with; anyone else changes nothing.
        Row("POST", "/clinician/assessments/{id:guid}/exam", GrantedClinician),
        Row("POST", "/clinician/assessments/{id:guid}/plan", [SignIn, Forbidden, Forbidden, Redirect, NotFound, Forbidden]) with { Form = [new("note", "from the matrix")] },
        Row("POST", "/assessments/{id:guid}/plan", "start", OwnerWrites) with { Form = [new("startDate", today)] },
        Row("POST", "/assessments/{id:guid}/check-in", OwnerWrites) with { Form = [new("Form.At", today + "T09:00"), new("Form.Pain", "2")] },
        Row("POST", "/assessments/{id:guid}/outcomes", OwnerWrites) with { Form = [new("Measure", "nprs"), new("Date", today), new("Scores[0]", "4")] },
        Row("POST", "/assessments/{id:guid}/diary/entry/{entryId:guid?}", OwnerWrites) with { Form = [new("Form.At", today + "T08:00"), new("Form.Pain", "3")] },
        Row("POST", "/account/sharing", "revoke", [SignIn, Redirect, Redirect, Redirect, Redirect, Redirect]) with { Form = [new("grant", grantId.ToString())] },
        Row("POST", "/assessments/{id:guid}/diary/entry/{entryId:guid?}", "delete", OwnerWrites),
        Row("POST", "/account/signout", [Redirect, Redirect, Redirect, Redirect, Redirect, Redirect]), // last: it ends the session
    ];

    private static MatrixRow Row(string method, string pattern, Outcome[] expected) => Row(method, pattern, null, expected);

    private static MatrixRow Row(string method, string pattern, string? handler, Outcome[] expected)
    {
        Role[] columns = [Role.Anonymous, Role.PatientA, Role.PatientB, Role.ClinicianWithGrant, Role.ClinicianWithoutGrant, Role.Admin];
        return new MatrixRow(method, pattern, handler, columns.Zip(expected).ToDictionary(p => p.First, p => p.Second));
    }
}
