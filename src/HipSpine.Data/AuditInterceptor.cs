using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipSpine.Data;

/// <summary>
/// Records every write of patient data in one place: before EF Core saves, each added, changed or deleted
/// assessment, plan, diary entry, outcome score, share grant and plan adjustment of an account becomes an
/// <see cref="AuditEvent"/> saved in the same transaction. Rows saved under a private link (no account) and
/// account bookkeeping (sign-in stamps, keys) are not patient records of anyone, so they are not recorded.
/// Bulk deletes (<c>ExecuteDelete</c>) bypass it on purpose: deleting an account must leave no trace of it.
/// </summary>
public sealed class AuditInterceptor(IAuditActorSource? actors, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly AuditActor NoRequest = new(null, AuditRoles.System, null, null);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is HipSpineDbContext db)
        {
            // The lookups below complete synchronously on SQLite; on PostgreSQL no synchronization context exists to deadlock on.
            AddEventsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is HipSpineDbContext db)
        {
            await AddEventsAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task AddEventsAsync(HipSpineDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var tracked = db.ChangeTracker.Entries().ToList();
        var changed = tracked
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEvent)
            .OrderBy(e => e.Entity is ExerciseLog) // an entry's own event first; its exercise lines only add to it
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var owners = new Owners(db, tracked);
        var actor = actors?.Current ?? NoRequest;
        var now = time.GetUtcNow().UtcDateTime;
        var seen = new HashSet<(string, string, string)>();
        foreach (var entry in changed)
        {
            var (patientId, resource, resourceId) = entry.Entity switch
            {
                SavedAssessment a => (a.UserId, AuditResources.Assessment, a.Id),
                CarePlan p => (p.UserId, AuditResources.Plan, p.Id),
                DiaryEntry d => (await owners.OfPlanAsync(d.PlanId, cancellationToken).ConfigureAwait(false), AuditResources.Diary, d.Id),
                ExerciseLog x => (await owners.OfDiaryEntryAsync(x.DiaryEntryId, cancellationToken).ConfigureAwait(false), AuditResources.Diary, x.DiaryEntryId),
                OutcomeScore o => (await owners.OfPlanAsync(o.PlanId, cancellationToken).ConfigureAwait(false), AuditResources.Outcomes, o.Id),
                ShareGrant g => (g.PatientId, AuditResources.ShareGrant, g.Id),
                PlanAdjustment j => (await owners.OfAssessmentAsync(j.AssessmentId, cancellationToken).ConfigureAwait(false), AuditResources.PlanAdjustment, j.Id),
                _ => ((string?)null, "", Guid.Empty),
            };
            if (string.IsNullOrEmpty(patientId) || !seen.Add((patientId, resource, resourceId.ToString())))
            {
                continue;
            }

            // A result saved to an account by a request not yet signed in is the person saving it while signing up
            // or in (the cookie is only set on the response): the owner acted, not "someone not signed in".
            var who = actor.ActorId is null && entry is { Entity: SavedAssessment, State: EntityState.Added } && actor.ActorRole == AuditRoles.Anonymous
                ? actor with { ActorId = patientId, ActorRole = AuditRoles.Patient }
                : actor;
            db.Set<AuditEvent>().Add(new AuditEvent
            {
                Id = Guid.NewGuid(),
                WhenUtc = now,
                ActorId = who.ActorId,
                ActorRole = who.ActorRole,
                PatientId = patientId,
                Action = ActionOf(entry),
                Resource = resource,
                ResourceId = resourceId.ToString(),
                RemoteIp = actor.RemoteIp,
                Path = actor.Path,
            });
        }
    }

    private static string ActionOf(EntityEntry entry) => (entry.Entity, entry.State) switch
    {
        (ExerciseLog, _) => AuditActions.Update, // an exercise line changed: the diary entry changed
        (ShareGrant, EntityState.Added) => AuditActions.Share,
        (ShareGrant, EntityState.Modified) when entry.Property(nameof(ShareGrant.RevokedUtc)).IsModified => AuditActions.Revoke,
        (ShareGrant, EntityState.Modified) when entry.Property(nameof(ShareGrant.ClinicianId)).IsModified => AuditActions.Redeem,
        (_, EntityState.Added) => AuditActions.Create,
        (_, EntityState.Deleted) => AuditActions.Delete,
        _ => AuditActions.Update,
    };

    /// <summary>Whose row it is, from what the context tracks (it may be new in this save) or else the database.</summary>
    private sealed class Owners(HipSpineDbContext db, IReadOnlyList<EntityEntry> tracked)
    {
        private T? Tracked<T>(Func<T, bool> match)
            where T : class => tracked.Select(e => e.Entity).OfType<T>().FirstOrDefault(match);

        public async Task<string?> OfPlanAsync(Guid planId, CancellationToken cancellationToken) =>
            Tracked<CarePlan>(p => p.Id == planId)?.UserId
            ?? await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.UserId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        public async Task<string?> OfDiaryEntryAsync(Guid entryId, CancellationToken cancellationToken)
        {
            var planId = Tracked<DiaryEntry>(d => d.Id == entryId)?.PlanId
                ?? await db.DiaryEntries.AsNoTracking().Where(d => d.Id == entryId).Select(d => (Guid?)d.PlanId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return planId is { } id ? await OfPlanAsync(id, cancellationToken).ConfigureAwait(false) : null;
        }

        public async Task<string?> OfAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken) =>
            Tracked<SavedAssessment>(a => a.Id == assessmentId)?.UserId
            ?? await db.SavedAssessments.AsNoTracking().Where(a => a.Id == assessmentId).Select(a => a.UserId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
