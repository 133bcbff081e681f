using System.Diagnostics;
using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Scale;

/// <summary>The <c>generate</c> command: a fresh migrated database filled with the population, table by table.</summary>
public static class ScaleGenerate
{
    /// <summary>Rows written and the seconds spent writing them (engine and generation time excluded; printed apart).</summary>
    public static async Task<(long Rows, double Seconds)> RunAsync(HipSpineDbContext db, ScalePopulation population, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(log);
        var options = population.Options;
        await db.Database.EnsureDeletedAsync().ConfigureAwait(false);
        await db.Database.MigrateAsync().ConfigureAwait(false);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var watch = Stopwatch.StartNew();
        var profiles = Enumerable.Range(0, options.Patients).Select(population.Patient).ToArray();
        log.WriteLine($"  engine + plans for {profiles.Length:N0} patients: {watch.Elapsed.TotalSeconds:0.0} s (not counted in rows/s)");

        var writer = new BulkWriter(db, log);
        await writer.WriteAsync("users", population.Clinicians.Concat(profiles.Select(p => p.User))).ConfigureAwait(false);
        await writer.WriteAsync("roles", [ScalePopulation.ClinicianRole]).ConfigureAwait(false);
        await writer.WriteAsync("user roles", population.Clinicians.Select(c => new IdentityUserRole<string> { UserId = c.Id, RoleId = ScalePopulation.ClinicianRole.Id })).ConfigureAwait(false);
        await writer.WriteAsync("assessments", profiles.SelectMany(p => p.Examined is null ? [p.Assessment] : new[] { p.Assessment, p.Examined })).ConfigureAwait(false);
        await writer.WriteAsync("plans", profiles.Select(p => p.Plan)).ConfigureAwait(false);
        await writer.WriteAsync("share grants", profiles.Where(p => p.Grant is not null).Select(p => p.Grant!)).ConfigureAwait(false);
        await writer.WriteAsync("plan adjustments", profiles.Where(p => p.Adjustment is not null).Select(p => p.Adjustment!)).ConfigureAwait(false);
        // Day by day across all patients, as a live app writes them, so rows of one plan are spread over the
        // table as in real life (written patient by patient they would sit together and read unrealistically fast).
        // The diary is regenerated (identically) per table so millions of rows are never held at once.
        await writer.WriteAsync("diary entries", ScaleDiary.EntriesByDay(profiles, options)).ConfigureAwait(false);
        await writer.WriteAsync("exercise logs", ScaleDiary.EntriesByDay(profiles, options).SelectMany(e => e.Exercises)).ConfigureAwait(false);
        await writer.WriteAsync("outcome scores", ScaleDiary.ScoresByDay(profiles, options)).ConfigureAwait(false);

        // Planner statistics, as after any bulk load (PostgreSQL's autovacuum would gather them soon anyway).
        var analyze = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync("ANALYZE").ConfigureAwait(false);
        log.WriteLine($"  ANALYZE: {analyze.Elapsed.TotalSeconds:0.0} s");
        log.WriteLine($"import: {writer.TotalRows:N0} rows in {writer.TotalTime.TotalSeconds:0.0} s = {writer.TotalRows / writer.TotalTime.TotalSeconds:N0} rows/s");
        return (writer.TotalRows, writer.TotalTime.TotalSeconds);
    }
}
