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

    /// <summary>Acts as a clinician: the role, and a session signed in with the second factor (without it, the account sees only its own data).
    /// A clinic's backend (SMART client credentials) acts as the clinician who owns it: its secret is the credential.</summary>
    public static bool IsClinician(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Clinician) && (SecondFactor.Has(user) || Smart.SmartAccess.IsBackend(user));

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

    /// <summary>
    /// Redeems a code for a clinician: the grant, or a plain error message. A code made for an email needs that
    /// email, confirmed by its link; any other code needs a clinician an administrator has verified. A refusal for a
    /// code that exists is recorded against its patient (the attempt is theirs to see).
    /// </summary>
    public async Task<(ShareGrant? Grant, string? Error)> RedeemAsync(string? code, string clinicianId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, "Enter the code the patient gave you.");
        }

        var hash = Hash(code);
        var legacy = LegacyHash(code);
        var grant = await db.ShareGrants.FirstOrDefaultAsync(g => g.CodeHash == hash || g.CodeHash == legacy, cancellationToken);
        if (grant is null)
        {
            return (null, "This code is not valid: it may have expired or been withdrawn.");
        }

        var refusal = await RefusalAsync(grant, clinicianId, cancellationToken);
        if (refusal is not null)
        {
            await audit.DeniedAsync(grant.PatientId, AuditResources.ShareGrant, grant.Id.ToString(), cancellationToken);
            return (null, refusal);
        }

        if (grant.ClinicianId is not null)
        {
            return (grant, null); // this clinician redeemed it before
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
            await transaction.RollbackAsync(cancellationToken);
            await audit.DeniedAsync(grant.PatientId, AuditResources.ShareGrant, grant.Id.ToString(), cancellationToken);
            return (null, "This code has already been used.");
        }

        grant.ClinicianId = clinicianId;
        grant.RedeemedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (grant, null);
    }

    /// <summary>Why this clinician may not redeem the grant, or null when they may.</summary>
    private async Task<string?> RefusalAsync(ShareGrant grant, string clinicianId, CancellationToken cancellationToken)
    {
        if (grant.RevokedUtc is not null || grant.ExpiresUtc <= Now || grant.PatientId == clinicianId)
        {
            return "This code is not valid: it may have expired or been withdrawn.";
        }

        if (grant.ClinicianId is not null)
        {
            return grant.ClinicianId == clinicianId ? null : "This code has already been used.";
        }

        var account = await db.Users.AsNoTracking().Where(u => u.Id == clinicianId)
            .Select(u => new { u.Email, u.EmailConfirmed }).FirstAsync(cancellationToken);
        if (grant.ClinicianEmail is not null)
        {
            return !string.Equals(grant.ClinicianEmail, account.Email, StringComparison.OrdinalIgnoreCase)
                ? "This code was made for another clinician's account."
                : !account.EmailConfirmed
                    ? "This code was made for your email address: confirm it first with the link we sent you (My account, \"Send the link again\")."
                    : null;
        }

        var verified = await db.ClinicianProfiles.AsNoTracking().AnyAsync(p => p.UserId == clinicianId && p.VerifiedUtc != null, cancellationToken);
        return verified ? null
            : "Until an administrator has verified your registration, you can use only codes a patient made for your confirmed email address.";
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
    public Task<bool> CanSeeAllAsync(string patientId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CanSeeAllAsync(patientId, user, AuditResources.Everything, null, cancellationToken);

    /// <summary>As <see cref="CanSeeAllAsync(string, ClaimsPrincipal, CancellationToken)"/>, audited as <paramref name="resource"/>
    /// (e.g. one resource read through the FHIR API, <paramref name="resourceId"/> = <c>RiskAssessment/ra-...</c>).</summary>
    public async Task<bool> CanSeeAllAsync(string patientId, ClaimsPrincipal user, string resource, string? resourceId, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return false;
        }

        // A bearer token may narrow this (SmartAccess): to the patient in context, or, for a backend, to shared records only.
        var allowed = (string.Equals(userId, patientId, StringComparison.Ordinal) && !Smart.SmartAccess.IsBackend(user) && Smart.SmartAccess.MaySeeOwn(user, userId))
            || (IsClinician(user) && Smart.SmartAccess.MaySeeShared(user) && (await ActiveGrantsAsync(userId, patientId, cancellationToken)).Any(g => g.AssessmentId is null));
        if (allowed)
        {
            await audit.ReadAsync(patientId, resource, resourceId, cancellationToken);
        }
        else if (await db.Users.AsNoTracking().AnyAsync(u => u.Id == patientId, cancellationToken))
        {
            await audit.DeniedAsync(patientId, resource, resourceId, cancellationToken);
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
