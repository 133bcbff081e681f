using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Clinician;

/// <summary>
/// Clinician as a state, not a checkbox: a person applies with their profession and registration and gets the
/// clinician role at once (so they can redeem a code made for their own confirmed email), but patients see
/// "unverified clinician" until an administrator has checked the register and approved the application.
/// </summary>
public sealed class ClinicianRegistry(HipSpineDbContext db, UserManager<IdentityUser> users, TimeProvider time)
{
    /// <summary>Registers the person's application (or replaces an unapproved one) and gives the clinician role.
    /// The role change ends the account's other sessions (new security stamp).</summary>
    public async Task ApplyAsync(IdentityUser user, string profession, string body, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var profile = await db.ClinicianProfiles.FirstOrDefaultAsync(p => p.UserId == user.Id, cancellationToken);
        if (profile is null)
        {
            profile = new ClinicianProfile { UserId = user.Id };
            db.ClinicianProfiles.Add(profile);
        }
        else if (profile.IsVerified)
        {
            return; // an approved registration is changed only by an administrator
        }

        profile.Profession = profession;
        profile.RegistrationBody = body;
        profile.RegistrationNumber = number;
        profile.AppliedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == ClaimTypes.Role && c.Value == Roles.Clinician))
        {
            await users.AddClaimAsync(user, new Claim(ClaimTypes.Role, Roles.Clinician));
        }

        await users.UpdateSecurityStampAsync(user);
    }

    public Task<ClinicianProfile?> FindAsync(string userId, CancellationToken cancellationToken) =>
        db.ClinicianProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    /// <summary>Applications waiting for an administrator, oldest first, with the applicant's email.</summary>
    public async Task<IReadOnlyList<(ClinicianProfile Profile, string Email)>> PendingAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ClinicianProfiles.AsNoTracking().Where(p => p.VerifiedUtc == null)
            .Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { Profile = p, u.Email })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Profile.AppliedUtc).Select(r => (r.Profile, r.Email ?? "")).ToArray();
    }

    /// <summary>An administrator approves an application: false when there is none for this user.</summary>
    public async Task<bool> ApproveAsync(string userId, string approvedBy, CancellationToken cancellationToken)
    {
        var profile = await db.ClinicianProfiles.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            return false;
        }

        profile.VerifiedUtc ??= time.GetUtcNow().UtcDateTime;
        profile.VerifiedBy ??= approvedBy;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>How each of these accounts is named to patients when acting as a clinician.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LabelsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var profiles = await db.ClinicianProfiles.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToListAsync(cancellationToken);
        return userIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => Label(profiles.FirstOrDefault(p => p.UserId == id)), StringComparer.Ordinal);
    }

    /// <summary>"verified clinician: physiotherapist, HCPC PH12345", or "unverified clinician".</summary>
    public static string Label(ClinicianProfile? profile) => profile is { IsVerified: true }
        ? $"verified clinician: {profile.Profession}, {profile.RegistrationBody} {profile.RegistrationNumber}"
        : "unverified clinician";
}
