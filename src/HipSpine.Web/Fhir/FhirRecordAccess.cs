using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Fhir;
using HipSpine.Records;
using HipSpine.Web.Accounts;
using HipSpine.Web.Clinician;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Fhir;

/// <summary>
/// Whose record a FHIR resource belongs to, and the record itself for a caller who may see it: the same rule as
/// <c>$everything</c> (<see cref="Sharing.CanSeeAllAsync(string, ClaimsPrincipal, CancellationToken)"/>: the patient, or a clinician
/// with an active grant for all data), audited as a read of the named resource, or as denied.
/// </summary>
internal sealed class FhirRecordAccess(HipSpineDbContext db, KnowledgeBase knowledge, Sharing sharing)
{
    /// <summary>The patient id owning the row behind <paramref name="key"/>; null when there is no such row.</summary>
    public async Task<string?> OwnerOfAsync(FhirRecordKey key, CancellationToken cancellationToken)
    {
        if (key.Row == FhirRecordRow.Patient)
        {
            return key.Key;
        }

        var id = Guid.Parse(key.Key);
        return key.Row switch
        {
            FhirRecordRow.Assessment => await db.SavedAssessments.AsNoTracking().Where(a => a.Id == id).Select(a => a.UserId).FirstOrDefaultAsync(cancellationToken),
            FhirRecordRow.Plan => await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken),
            _ => await (from entry in db.DiaryEntries.AsNoTracking()
                        join plan in db.Plans.AsNoTracking() on entry.PlanId equals plan.Id
                        where entry.Id == id
                        select plan.UserId).FirstOrDefaultAsync(cancellationToken),
        };
    }

    /// <summary>The patient's record when <paramref name="user"/> may see all of it (audited with <paramref name="what"/>); else null.</summary>
    public async Task<PatientRecord?> LoadAsync(string patientId, ClaimsPrincipal user, string what, CancellationToken cancellationToken) =>
        await sharing.CanSeeAllAsync(patientId, user, AuditResources.FhirApi, what.Length > 100 ? what[..100] : what, cancellationToken)
            ? await PatientRecords.LoadAsync(db, knowledge, patientId, cancellationToken)
            : null;

    /// <summary>
    /// The patients a search covers: those named by <c>patient</c>/<c>subject</c> (or <c>_id</c> on Patient), else
    /// the caller's own record. A clinician names the patient; a name the caller may not see adds nothing.
    /// </summary>
    public static IReadOnlyList<string> PatientsOf(string type, IReadOnlyList<KeyValuePair<string, string>> parameters, ClaimsPrincipal user)
    {
        string[] names = type == "Patient" ? ["_id"] : ["patient", "subject"];
        var named = parameters.Where(p => names.Contains(p.Key, StringComparer.Ordinal))
            .SelectMany(p => p.Value.Split(','))
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .Select(v => v[(v.LastIndexOf('/') + 1)..])
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        // A clinic's backend has no record of its own: it names the patient.
        return named.Length > 0 ? named : user.UserId() is { } own && !Smart.SmartAccess.IsBackend(user) ? [own] : [];
    }
}
