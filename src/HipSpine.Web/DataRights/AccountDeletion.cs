using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.DataRights;

/// <summary>
/// "Delete my account and all my data", for real: in one transaction, every row of the person's records is
/// deleted by explicit bulk deletes (children first, not left to provider cascades), and every reference to
/// them in other people's records is removed or anonymised. Bulk deletes bypass the audit interceptor, so the
/// deletion itself leaves no event naming the person. On SQLite, deleted rows are zeroed (secure_delete) and
/// the WAL is truncated, so the data is not left readable in the file either.
/// </summary>
public sealed class AccountDeletion(HipSpineDbContext db)
{
    /// <summary>Stands in for a deleted clinician on the records of the patients they examined or advised.</summary>
    public const string DeletedAccount = "deleted-account";

    public async Task DeleteAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.Id;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            await DeleteRecordsAsync(id, cancellationToken);
            await DeleteGrantsAsync(id, user.Email, cancellationToken);

            // What they did as a clinician stays on those patients' records, without naming them.
            await db.PlanAdjustments.Where(a => a.ClinicianId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClinicianId, DeletedAccount), cancellationToken);
            await db.SavedAssessments.Where(a => a.ExaminedBy == id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ExaminedBy, DeletedAccount), cancellationToken);

            // The trail of their own data is theirs; their reads of others' data stay in those patients' trails, anonymised.
            await db.AuditEvents.Where(e => e.PatientId == id).ExecuteDeleteAsync(cancellationToken);
            await db.AuditEvents.Where(e => e.ActorId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, (string?)null).SetProperty(e => e.RemoteIp, (string?)null), cancellationToken);

            await db.UserClaims.Where(c => c.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserLogins.Where(l => l.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserTokens.Where(t => t.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await db.UserRoles.Where(r => r.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await db.ClinicianProfiles.Where(p => p.UserId == id).ExecuteDeleteAsync(cancellationToken);
            await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear(); // nothing tracked from before may be saved back
        if (db is SqliteHipSpineDbContext)
        {
            // Copies the zeroed pages into the file and empties the WAL, which still holds the rows as once written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }
    }

    /// <summary>Assessments (with examined versions), plans, diary entries and their exercises, scores and adjustments.</summary>
    private async Task DeleteRecordsAsync(string id, CancellationToken cancellationToken)
    {
        var assessments = db.SavedAssessments.Where(a => a.UserId == id).Select(a => a.Id);
        var plans = db.Plans.Where(p => p.UserId == id || assessments.Contains(p.AssessmentId)).Select(p => p.Id);
        var entries = db.DiaryEntries.Where(d => plans.Contains(d.PlanId)).Select(d => d.Id);
        await db.Set<ExerciseLog>().Where(x => entries.Contains(x.DiaryEntryId)).ExecuteDeleteAsync(cancellationToken);
        await db.DiaryEntries.Where(d => plans.Contains(d.PlanId)).ExecuteDeleteAsync(cancellationToken);
        await db.OutcomeScores.Where(o => plans.Contains(o.PlanId)).ExecuteDeleteAsync(cancellationToken);
        await db.Plans.Where(p => p.UserId == id || assessments.Contains(p.AssessmentId)).ExecuteDeleteAsync(cancellationToken);
        await db.PlanAdjustments.Where(a => assessments.Contains(a.AssessmentId)).ExecuteDeleteAsync(cancellationToken);
        await db.SavedAssessments.Where(a => a.UserId == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Grants they made, grants they redeemed as a clinician, and unused codes made out to their email.</summary>
    private async Task DeleteGrantsAsync(string id, string? email, CancellationToken cancellationToken)
    {
        await db.ShareGrants.Where(g => g.PatientId == id || g.ClinicianId == id).ExecuteDeleteAsync(cancellationToken);
        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        // Emails compare without case, which the two providers' SQL does differently: compare here (few unused codes).
        var named = await db.ShareGrants.AsNoTracking().Where(g => g.ClinicianId == null && g.ClinicianEmail != null)
            .Select(g => new { g.Id, g.ClinicianEmail }).ToListAsync(cancellationToken);
        var mine = named.Where(g => string.Equals(g.ClinicianEmail, email, StringComparison.OrdinalIgnoreCase)).Select(g => g.Id).ToArray();
        if (mine.Length > 0)
        {
            await db.ShareGrants.Where(g => mine.Contains(g.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
