using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HipSpine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary><c>Limits</c> on what one account can store: the date window and the quotas (docs/reliability.md).</summary>
public sealed class DataLimitOptions
{
    /// <summary>How far back a diary entry, outcome score, plan start or imported date may be (default two years).</summary>
    [Range(1, 36_500)]
    public int MaxDaysBack { get; set; } = 730;

    /// <summary>Days after today (the server's clock) still accepted, for a person whose time zone is ahead.</summary>
    [Range(0, 7)]
    public int FutureSlackDays { get; set; } = 1;

    /// <summary>Assessments stored in one account in the last 24 hours (saved, carried through sign-in, imported).</summary>
    [Range(1, 100_000)]
    public int AssessmentsPerDay { get; set; } = 20;

    /// <summary>Diary entries added to one account in the last 24 hours (diary, check-in, imported pain ratings).</summary>
    [Range(1, 100_000)]
    public int DiaryEntriesPerDay { get; set; } = 400;

    /// <summary>Entries one imported FHIR Bundle may hold.</summary>
    [Range(1, 100_000)]
    public int MaxBundleEntries { get; set; } = 400;

    /// <summary>The days the progress charts show, ending today, whatever is stored.</summary>
    [Range(7, 3_660)]
    public int ChartDays { get; set; } = 365;
}

/// <summary>
/// The date window (not in the future beyond <see cref="DataLimitOptions.FutureSlackDays"/>, not more than
/// <see cref="DataLimitOptions.MaxDaysBack"/> days back) and the per-account quotas, counted from the audit
/// trail's <c>create</c> events of the account (every stored assessment and diary entry has one, whatever its own date).
/// </summary>
public sealed class DataLimits(IOptions<DataLimitOptions> options, TimeProvider time)
{
    public const string Section = "Limits";

    public DataLimitOptions Options => options.Value;

    private DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public DateOnly Earliest => Today.AddDays(-Options.MaxDaysBack);

    public DateOnly Latest => Today.AddDays(Options.FutureSlackDays);

    /// <summary>The first day the progress charts show.</summary>
    public DateOnly ChartStart => Today.AddDays(1 - Options.ChartDays);

    /// <summary>Null when <paramref name="date"/> is in the window; else why not, naming <paramref name="what"/>.</summary>
    public string? DateProblem(DateOnly date, string what) =>
        date > Latest ? $"The {what} cannot be in the future."
        : date < Earliest ? string.Create(CultureInfo.InvariantCulture, $"The {what} cannot be more than {Options.MaxDaysBack} days ago (before {Earliest:yyyy-MM-dd}).")
        : null;

    /// <summary>True when storing <paramref name="adding"/> more assessments would pass the account's daily quota.</summary>
    public Task<bool> AssessmentsFullAsync(HipSpineDbContext db, string userId, int adding, CancellationToken cancellationToken) =>
        FullAsync(db, userId, AuditResources.Assessment, adding, Options.AssessmentsPerDay, cancellationToken);

    /// <summary>True when adding <paramref name="adding"/> more diary entries would pass the account's daily quota.</summary>
    public Task<bool> DiaryFullAsync(HipSpineDbContext db, string userId, int adding, CancellationToken cancellationToken) =>
        FullAsync(db, userId, AuditResources.Diary, adding, Options.DiaryEntriesPerDay, cancellationToken);

    private async Task<bool> FullAsync(HipSpineDbContext db, string userId, string resource, int adding, int limit, CancellationToken cancellationToken)
    {
        if (adding <= 0)
        {
            return false;
        }

        var since = time.GetUtcNow().UtcDateTime.AddDays(-1);
        var stored = await db.AuditEvents.AsNoTracking()
            .CountAsync(e => e.PatientId == userId && e.WhenUtc > since && e.Resource == resource && e.Action == AuditActions.Create, cancellationToken);
        return stored + adding > limit;
    }

    /// <summary>429 problem details (RFC 9457) with <c>Retry-After</c>: the account's daily quota of <paramref name="what"/> is used up.</summary>
    public static IResult QuotaExceeded(HttpContext context, string what, int limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "3600";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Daily limit reached",
            detail: string.Create(CultureInfo.InvariantCulture, $"An account can store at most {limit} {what} in 24 hours. Please try again later."),
            type: "https://www.rfc-editor.org/rfc/rfc6585#section-4");
    }

    /// <summary>400 problem details naming the field, as <c>POST /api/assess</c> does.</summary>
    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}

/// <summary>A minimal-API result (problem details) returned from a Razor page handler.</summary>
public sealed class ResultAction(IResult result) : Microsoft.AspNetCore.Mvc.IActionResult
{
    public Task ExecuteResultAsync(Microsoft.AspNetCore.Mvc.ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}

internal static class DataLimitServices
{
    public static IServiceCollection AddHipSpineDataLimits(this IServiceCollection services)
    {
        services.AddOptions<DataLimitOptions>().BindConfiguration(DataLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DataLimits>();
        return services;
    }
}
