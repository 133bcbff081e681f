using HipSpine.Data;
using HipSpine.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipSpine.Web.Audit;

/// <summary>
/// Records reads of patient data (writes are recorded by <see cref="AuditInterceptor"/>). Called from the few
/// places that decide access: <see cref="Clinician.Sharing"/>, <see cref="Plans.PlanLoader"/> and the saved
/// result pages. A read is a GET or HEAD that served the data; a POST that loads data to change it is recorded
/// as the write it makes. A refusal is recorded as <see cref="AuditActions.Denied"/>, never as a read.
/// </summary>
public sealed class AuditTrail(HipSpineDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public Task ReadAsync(string patientId, string resource, string? resourceId, CancellationToken cancellationToken) =>
        ServesData ? RecordAsync(patientId, AuditActions.Read, resource, resourceId, cancellationToken) : Task.CompletedTask;

    /// <summary>One read event per patient, saved together: the clinician's patient list shows many patients at once.</summary>
    public async Task ReadAllAsync(IEnumerable<string> patientIds, string resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        if (!ServesData)
        {
            return;
        }

        foreach (var patientId in patientIds)
        {
            Add(patientId, AuditActions.Read, resource, null);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A read is a GET or HEAD (or work outside a request); a POST records what it writes instead.</summary>
    private bool ServesData => http.HttpContext?.Request.Method is not { } method || HttpMethods.IsGet(method) || HttpMethods.IsHead(method);

    /// <summary>A read served by a POST (the exam page's "Show the effect", a form shown again with the stored data).</summary>
    public Task ReadByPostAsync(string patientId, string resource, string? resourceId, CancellationToken cancellationToken) =>
        RecordAsync(patientId, AuditActions.Read, resource, resourceId, cancellationToken);

    public Task DeniedAsync(string patientId, string resource, string? resourceId, CancellationToken cancellationToken) =>
        RecordAsync(patientId, AuditActions.Denied, resource, resourceId, cancellationToken);

    /// <summary>
    /// A signed-in request for a saved assessment that was refused: recorded as denied against the assessment's owner
    /// (never against the caller). Nothing is recorded for an unknown id, an unsaved result, or the caller's own row.
    /// </summary>
    public async Task DeniedAssessmentAsync(Guid assessmentId, string resource, CancellationToken cancellationToken)
    {
        var caller = http.HttpContext?.User.UserId();
        if (caller is null)
        {
            return;
        }

        var owner = await db.SavedAssessments.AsNoTracking().Where(a => a.Id == assessmentId).Select(a => a.UserId).FirstOrDefaultAsync(cancellationToken);
        if (owner is not null && owner != caller)
        {
            await DeniedAsync(owner, resource, assessmentId.ToString(), cancellationToken);
        }
    }

    /// <summary>A signed-in request about a patient (by their id) that was refused: denied against that patient, if they exist.</summary>
    public async Task DeniedPatientAsync(string patientId, string resource, CancellationToken cancellationToken)
    {
        var caller = http.HttpContext?.User.UserId();
        if (caller is not null && caller != patientId && await db.Users.AsNoTracking().AnyAsync(u => u.Id == patientId, cancellationToken))
        {
            await DeniedAsync(patientId, resource, null, cancellationToken);
        }
    }

    public Task ExportAsync(string patientId, string resource, CancellationToken cancellationToken) =>
        RecordAsync(patientId, AuditActions.Export, resource, null, cancellationToken);

    /// <summary>Saved at once, before the data is sent: if the record cannot be written, the request fails.</summary>
    private async Task RecordAsync(string patientId, string action, string resource, string? resourceId, CancellationToken cancellationToken)
    {
        Add(patientId, action, resource, resourceId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(string patientId, string action, string resource, string? resourceId)
    {
        var actor = http.HttpContext is { } context ? HttpAuditActorSource.Of(context) : new AuditActor(null, AuditRoles.System, null, null);
        db.AuditEvents.Add(new AuditEvent
        {
            Id = Guid.NewGuid(),
            WhenUtc = time.GetUtcNow().UtcDateTime,
            ActorId = actor.ActorId,
            ActorRole = actor.ActorRole,
            PatientId = patientId,
            Action = action,
            Resource = resource,
            ResourceId = resourceId,
            RemoteIp = actor.RemoteIp,
            Path = actor.Path,
        });
    }
}

/// <summary>The signed-in account, its role and the client address of the current request.</summary>
internal sealed class HttpAuditActorSource(IHttpContextAccessor http) : IAuditActorSource
{
    private const int MaxPath = 500;

    public AuditActor? Current => http.HttpContext is { } context ? Of(context) : null;

    public static AuditActor Of(HttpContext context)
    {
        var user = context.User;
        var id = user.UserId();
        var role = id is null ? AuditRoles.Anonymous
            : user.IsInRole(Records.Roles.Admin) ? AuditRoles.Admin
            : user.IsInRole(Records.Roles.Clinician) ? AuditRoles.Clinician
            : AuditRoles.Patient;
        var path = context.Request.Path.Value;
        return new AuditActor(id, role, context.Connection.RemoteIpAddress?.ToString(), path is { Length: > MaxPath } ? path[..MaxPath] : path);
    }
}

internal static class AuditServices
{
    /// <summary>The audit trail and where it learns who is acting.</summary>
    public static IServiceCollection AddHipSpineAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IAuditActorSource, HttpAuditActorSource>();
        services.AddScoped<AuditTrail>();
        return services;
    }
}
