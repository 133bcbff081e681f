using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Accounts;
using HipSpine.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Clinician;

/// <summary>
/// Share grants and the one access rule built on them: a saved assessment is visible to its owner, and to a
/// clinician holding a redeemed grant that covers it, is neither revoked nor expired. Anyone else: null (404).
/// Each check that serves a patient's data records the read in the audit trail (a refusal as "denied").
/// </summary>
public sealed class Sharing(HipSpineDbContext db, KnowledgeBase knowledge, TimeProvider time, AuditTrail audit)
{
    public const int MaxDays = 90;

    public static bool IsClinician(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Clinician);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ShareCodes.Normalise(code))));

    /// <summary>The hash a code made before short codes was stored under (32 hex characters, exactly as shown).</summary>
    private static string LegacyHash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));

    /// <summary>A new grant and its one-time code (shown once; only the hash is kept).</summary>
    public async Task<(ShareGrant Grant, string Code)> CreateAsync(string patientId, Guid? assessmentId, int days, string? clinicianEmail, CancellationToken cancellationToken)
    {
        var code = ShareCodes.New();
        var grant = new ShareGrant
        {
            Id = Guid.NewGuid(),
            PatientId = patientId,
            AssessmentId = assessmentId,
            ClinicianEmail = string.IsNullOrWhiteSpace(clinicianEmail) ? null : clinicianEmail.Trim(),
            CodeHash = Hash(code),
            CreatedUtc = Now,
            ExpiresUtc = Now.AddDays(Math.Clamp(days, 1, MaxDays)),
        };
        db.ShareGrants.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        return (grant, ShareCodes.Grouped(code));
    }

    /// <summary>Redeems a code for a clinician: the grant, or a plain error message.</summary>
    public async Task<(ShareGrant? Grant, string? Error)> RedeemAsync(string? code, string clinicianId, string? clinicianEmail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, "Enter the code the patient gave you.");
        }

        var hash = Hash(code);
        var legacy = LegacyHash(code);
        var grant = await db.ShareGrants.FirstOrDefaultAsync(g => g.CodeHash == hash || g.CodeHash == legacy, cancellationToken);
        if (grant is null || grant.RevokedUtc is not null || grant.ExpiresUtc <= Now || grant.PatientId == clinicianId)
        {
            return (null, "This code is not valid: it may have expired or been withdrawn.");
        }

        if (grant.ClinicianId is not null)
        {
            return grant.ClinicianId == clinicianId ? (grant, null) : (null, "This code has already been used.");
        }

        if (grant.ClinicianEmail is not null && !string.Equals(grant.ClinicianEmail, clinicianEmail, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "This code was made for another clinician's account.");
        }

        // Single winner: claim the row with a conditional update (only while nobody has), then record it through
        // SaveChanges (the audit event) in the same transaction. Two clinicians at once: the second update matches
        // no row (PostgreSQL re-checks the condition after the first commits; SQLite serialises writers).
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.ShareGrants
            .Where(g => g.Id == grant.Id && g.ClinicianId == null && g.RevokedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ClinicianId, clinicianId).SetProperty(g => g.RedeemedUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return (null, "This code has already been used.");
        }

        grant.ClinicianId = clinicianId;
        grant.RedeemedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (grant, null);
    }

    public async Task<bool> RevokeAsync(string patientId, Guid grantId, CancellationToken cancellationToken)
    {
        var grant = await db.ShareGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.PatientId == patientId, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedUtc ??= Now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The clinician's active grants (redeemed, not revoked, not expired).</summary>
    public async Task<IReadOnlyList<ShareGrant>> ActiveGrantsAsync(string clinicianId, string? patientId, CancellationToken cancellationToken)
    {
        return await ClinicianQueries.ActiveGrantsAsync(db, clinicianId, patientId, Now, cancellationToken);
    }

    /// <summary>
    /// True when this user may see all of a patient's data: the patient themself, or a clinician holding an
    /// active grant for all data (a grant for one assessment is not enough). Anyone else: false (404).
    /// Used for the whole record (<c>$everything</c>), so it is audited as <see cref="AuditResources.Everything"/>.
    /// </summary>
    public async Task<bool> CanSeeAllAsync(string patientId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return false;
        }

        var allowed = string.Equals(userId, patientId, StringComparison.Ordinal)
            || (IsClinician(user) && (await ActiveGrantsAsync(userId, patientId, cancellationToken)).Any(g => g.AssessmentId is null));
        if (allowed)
        {
            await audit.ReadAsync(patientId, AuditResources.Everything, null, cancellationToken);
        }
        else if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == patientId, cancellationToken))
        {
            await audit.DeniedAsync(patientId, AuditResources.Everything, null, cancellationToken);
        }

        return allowed;
    }

    /// <summary>True when one of <paramref name="grants"/> covers the row.</summary>
    public static bool Covers(IEnumerable<ShareGrant> grants, SavedAssessment row) => ClinicianQueries.Covers(grants, row);

    /// <summary>The owner's row, or one an active grant lets this clinician see; else null. <paramref name="resource"/>
    /// names what is served from it in the audit trail (<see cref="AuditResources"/>).</summary>
    public async Task<StoredAssessment?> FindSharedAsync(Guid id, ClaimsPrincipal user, string resource, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return null;
        }

        var row = await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId != null, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.UserId != userId)
        {
            if (!IsClinician(user) || !Covers(await ActiveGrantsAsync(userId, row.UserId, cancellationToken), row))
            {
                await audit.DeniedAsync(row.UserId!, resource, row.Id.ToString(), cancellationToken);
                return null;
            }
        }

        var stored = StoredAssessmentCodec.Decode(knowledge, row);
        if (stored is not null)
        {
            await audit.ReadAsync(row.UserId!, resource, row.Id.ToString(), cancellationToken);
        }

        return stored;
    }

    /// <summary>For a clinician: the rows of a patient that their active grants cover, newest first. Audited as a
    /// read of <paramref name="resource"/> (the patient's page) when a grant is active.</summary>
    public async Task<IReadOnlyList<SavedAssessment>> SharedRowsAsync(string clinicianId, string patientId, string resource, CancellationToken cancellationToken)
    {
        var grants = await ActiveGrantsAsync(clinicianId, patientId, cancellationToken);
        if (grants.Count == 0)
        {
            return [];
        }

        await audit.ReadAsync(patientId, resource, null, cancellationToken);
        return await ClinicianQueries.CoveredRowsAsync(db, patientId, grants, cancellationToken);
    }
}
