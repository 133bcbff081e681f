namespace HipSpine.Data;

/// <summary>
/// One read or write of a patient's data: who (<see cref="ActorId"/>, <see cref="ActorRole"/>), what
/// (<see cref="Action"/> on <see cref="Resource"/> <see cref="ResourceId"/>), when and from where. The patient
/// sees these on "Who looked at my data"; they are the patient's data, so deleting the account deletes them.
/// </summary>
public sealed class AuditEvent
{
    public Guid Id { get; set; }

    public DateTime WhenUtc { get; set; }

    /// <summary>The account that acted; null when signed out, or after that account was deleted.</summary>
    public string? ActorId { get; set; }

    /// <summary>One of <see cref="AuditRoles"/>.</summary>
    public string ActorRole { get; set; } = AuditRoles.Anonymous;

    /// <summary>Whose data it was.</summary>
    public string PatientId { get; set; } = "";

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>One of <see cref="AuditResources"/>.</summary>
    public string Resource { get; set; } = "";

    /// <summary>The row's id (an assessment, diary entry, ...); null for a whole record.</summary>
    public string? ResourceId { get; set; }

    public string? RemoteIp { get; set; }

    /// <summary>The request path (no query string).</summary>
    public string? Path { get; set; }
}

public static class AuditRoles
{
    public const string Patient = "patient";
    public const string Clinician = "clinician";
    public const string Admin = "admin";
    public const string Anonymous = "anonymous";

    /// <summary>No request: a command-line tool or a background job.</summary>
    public const string System = "system";
}

public static class AuditActions
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Export = "export";

    /// <summary>A share code made by the patient.</summary>
    public const string Share = "share";

    /// <summary>A clinician used a share code.</summary>
    public const string Redeem = "redeem";

    /// <summary>The patient withdrew a clinician's access.</summary>
    public const string Revoke = "revoke";

    /// <summary>Someone signed in asked for the data and was refused: nothing was shown.</summary>
    public const string Denied = "denied";
}

public static class AuditResources
{
    public const string Assessment = "assessment";
    public const string Report = "report";
    public const string Everything = "fhir-everything";

    /// <summary>Resources of the record read or searched one by one through the FHIR API (the resource id names which).</summary>
    public const string FhirApi = "fhir";
    public const string Csv = "csv";
    public const string Plan = "plan";
    public const string PlanCalendar = "plan-calendar";
    public const string PlanAdjustment = "plan-adjustment";
    public const string Diary = "diary";
    public const string CheckIn = "check-in";
    public const string Progress = "progress";
    public const string Outcomes = "outcomes";
    public const string ShareGrant = "share";
    public const string Exam = "exam";

    /// <summary>A clinician's page of one patient (shared results, diary pain chart).</summary>
    public const string PatientRecord = "patient-record";

    /// <summary>A clinician's list of patients (latest urgency and pain trend).</summary>
    public const string PatientList = "patient-list";
}

/// <summary>Who is acting and from where, as the host knows it (the web app: the signed-in user and request).</summary>
/// <param name="ActorId">The acting account; null when signed out.</param>
/// <param name="ActorRole">One of <see cref="AuditRoles"/>.</param>
/// <param name="RemoteIp">The client's address as the server saw it.</param>
/// <param name="Path">The request path, without the query string.</param>
public sealed record AuditActor(string? ActorId, string ActorRole, string? RemoteIp, string? Path);

/// <summary>Supplies the current <see cref="AuditActor"/>; null outside a request.</summary>
public interface IAuditActorSource
{
    AuditActor? Current { get; }
}
