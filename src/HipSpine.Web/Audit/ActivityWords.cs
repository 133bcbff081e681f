using System.Globalization;
using HipSpine.Data;

namespace HipSpine.Web.Audit;

/// <summary>One event as the patient reads it on "Who looked at my data".</summary>
public sealed record ActivityLine(string When, string Who, string What, string Where, bool Refused);

/// <summary>Turns audit events into plain sentences: "doctor@example.com (clinician) viewed your assessment of 3 June 2026".</summary>
internal static class ActivityWords
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="e">The event.</param>
    /// <param name="patientId">Whose page it is (their own actions read "You").</param>
    /// <param name="emails">Actor account ids to their email addresses.</param>
    /// <param name="assessmentDates">Assessment ids to the day they were saved.</param>
    /// <param name="clinicians">Clinician account ids to how they are named: verified (with their registration) or not.</param>
    public static ActivityLine Describe(AuditEvent e, string patientId, IReadOnlyDictionary<string, string> emails, IReadOnlyDictionary<string, DateTime> assessmentDates,
        IReadOnlyDictionary<string, string> clinicians)
    {
        ArgumentNullException.ThrowIfNull(e);
        var who = Who(e, patientId, emails, clinicians);
        var date = e.ResourceId is { } rid && assessmentDates.TryGetValue(rid, out var d) ? " of " + d.ToString("d MMMM yyyy", Inv) : "";
        var what = e switch
        {
            { Action: AuditActions.Denied, Resource: AuditResources.ShareGrant } => "tried to use your share code and was refused (it gave no access)",
            { Action: AuditActions.Denied } => "tried to open " + Thing(e.Resource, date) + " and was refused (nothing was shown)",
            { Action: AuditActions.Create, Resource: AuditResources.Assessment, ActorRole: AuditRoles.Clinician } => "saved an examined version of your assessment" + date,
            _ => Sentence(e.Action, e.Resource, date),
        };
        return new ActivityLine(e.WhenUtc.ToString("d MMMM yyyy, HH:mm", Inv) + " UTC", who, what, e.RemoteIp ?? "unknown", e.Action == AuditActions.Denied);
    }

    private static string Who(AuditEvent e, string patientId, IReadOnlyDictionary<string, string> emails, IReadOnlyDictionary<string, string> clinicians) => e switch
    {
        { ActorId: { } id } when string.Equals(id, patientId, StringComparison.Ordinal) => "You",
        { ActorId: { } id } => (emails.TryGetValue(id, out var email) ? email : "a deleted account")
            + " (" + (e.ActorRole == AuditRoles.Clinician && clinicians.TryGetValue(id, out var label) ? label : e.ActorRole) + ")",
        { ActorRole: AuditRoles.Anonymous } => "Someone not signed in",
        { ActorRole: AuditRoles.System } => "HipSpine",
        _ => "A deleted " + e.ActorRole + " account",
    };

    private static string Sentence(string action, string resource, string date) => (action, resource) switch
    {
        (AuditActions.Read, AuditResources.Everything) => "downloaded all your data (FHIR)",
        (AuditActions.Export, AuditResources.Everything) => "downloaded all your data (FHIR)",
        (AuditActions.Export, AuditResources.Csv) => "downloaded all your data (CSV)",
        (AuditActions.Read, AuditResources.Report) => "downloaded the appointment report of your assessment" + date,
        (AuditActions.Read, _) => "viewed " + Thing(resource, date),
        (AuditActions.Create, AuditResources.Assessment) => "saved your assessment" + date,
        (AuditActions.Create, AuditResources.Plan) => "started your plan",
        (AuditActions.Create, AuditResources.Diary) => "added an entry to your diary",
        (AuditActions.Create, AuditResources.Outcomes) => "added an outcome score",
        (AuditActions.Create, AuditResources.PlanAdjustment) => "adjusted your plan",
        (AuditActions.Update, AuditResources.Diary) => "changed an entry in your diary",
        (AuditActions.Delete, AuditResources.Diary) => "deleted an entry from your diary",
        (AuditActions.Share, _) => "made a share code",
        (AuditActions.Redeem, _) => "used your share code and can now see what you shared",
        (AuditActions.Revoke, _) => "withdrew a clinician's access",
        (AuditActions.Create, _) => "added " + Thing(resource, date),
        (AuditActions.Delete, _) => "deleted " + Thing(resource, date),
        _ => "changed " + Thing(resource, date),
    };

    private static string Thing(string resource, string date) => resource switch
    {
        AuditResources.Assessment => "your assessment" + date,
        AuditResources.Report => "the appointment report of your assessment" + date,
        AuditResources.Exam => "the examination page of your assessment" + date,
        AuditResources.Everything => "all your data (FHIR)",
        AuditResources.FhirApi => "your data through the FHIR API",
        AuditResources.Csv => "all your data (CSV)",
        AuditResources.Plan => "your plan",
        AuditResources.PlanCalendar => "your plan calendar",
        AuditResources.PlanAdjustment => "your plan (clinician's changes)",
        AuditResources.Diary => "your diary",
        AuditResources.CheckIn => "your weekly check-in",
        AuditResources.Progress => "your progress charts",
        AuditResources.Outcomes => "your outcome scores",
        AuditResources.ShareGrant => "a share code",
        AuditResources.PatientRecord => "your shared results and diary",
        AuditResources.PatientList => "your summary in their patient list",
        _ => "your data",
    };
}
