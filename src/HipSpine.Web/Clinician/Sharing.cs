using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using HipSpine.Data;
using HipSpine.Data.Queries;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Accounts;
using HipSpine.Web.Assessments;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Clinician;

/// <summary>
/// Share grants and the one access rule built on them: a saved assessment is visible to its owner, and to a
/// clinician holding a redeemed grant that covers it, is neither revoked nor expired. Anyone else: null (404).
/// </summary>
public sealed class Sharing(HipSpineDbContext db, KnowledgeBase knowledge, TimeProvider time)
{
    public const string ClinicianRole = "clinician";
    public const int MaxDays = 90;

    public static bool IsClinician(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.IsInRole(ClinicianRole);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));

    /// <summary>A new grant and its one-time code (shown once; only the hash is kept).</summary>
    public async Task<(ShareGrant Grant, string Code)> CreateAsync(string patientId, Guid? assessmentId, int days, string? clinicianEmail, CancellationToken cancellationToken)
    {
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
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
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (grant, code);
    }

    /// <summary>Redeems a code for a clinician: the grant, or a plain error message.</summary>
    public async Task<(ShareGrant? Grant, string? Error)> RedeemAsync(string? code, string clinicianId, string? clinicianEmail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return (null, "Enter the code the patient gave you.");
        }

        var hash = Hash(code);
        var grant = await db.ShareGrants.FirstOrDefaultAsync(g => g.CodeHash == hash, cancellationToken).ConfigureAwait(false);
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

        grant.ClinicianId = clinicianId;
        grant.RedeemedUtc = Now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (grant, null);
    }

    public async Task<bool> RevokeAsync(string patientId, Guid grantId, CancellationToken cancellationToken)
    {
        var grant = await db.ShareGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.PatientId == patientId, cancellationToken).ConfigureAwait(false);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedUtc ??= Now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The clinician's active grants (redeemed, not revoked, not expired).</summary>
    public async Task<IReadOnlyList<ShareGrant>> ActiveGrantsAsync(string clinicianId, string? patientId, CancellationToken cancellationToken)
    {
        return await ClinicianQueries.ActiveGrantsAsync(db, clinicianId, patientId, Now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True when this user may see all of a patient's data: the patient themself, or a clinician holding an
    /// active grant for all data (a grant for one assessment is not enough). Anyone else: false (404).
    /// </summary>
    public async Task<bool> CanSeeAllAsync(string patientId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return false;
        }

        if (string.Equals(userId, patientId, StringComparison.Ordinal))
        {
            return true;
        }

        return IsClinician(user)
            && (await ActiveGrantsAsync(userId, patientId, cancellationToken).ConfigureAwait(false)).Any(g => g.AssessmentId is null);
    }

    /// <summary>True when one of <paramref name="grants"/> covers the row.</summary>
    public static bool Covers(IEnumerable<ShareGrant> grants, SavedAssessment row) => ClinicianQueries.Covers(grants, row);

    /// <summary>The owner's row, or one an active grant lets this clinician see; else null.</summary>
    public async Task<StoredAssessment?> FindSharedAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return null;
        }

        var row = await db.SavedAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId != null, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        if (row.UserId != userId)
        {
            if (!IsClinician(user) || !Covers(await ActiveGrantsAsync(userId, row.UserId, cancellationToken).ConfigureAwait(false), row))
            {
                return null;
            }
        }

        return AssessmentStore.Read(knowledge, row);
    }

    /// <summary>For a clinician: the rows of a patient that their active grants cover, newest first.</summary>
    public Task<IReadOnlyList<SavedAssessment>> SharedRowsAsync(string clinicianId, string patientId, CancellationToken cancellationToken) =>
        ClinicianQueries.SharedRowsAsync(db, clinicianId, patientId, Now, cancellationToken);
}
