using System.Diagnostics;
using System.Globalization;
using HipSpine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Scale;

/// <summary>
/// The <c>query</c> command: every operation warmed up, then run round-robin (so load on the machine falls on all
/// of them alike) for the iterations asked, or until an operation has had its time budget and at least 50 runs.
/// </summary>
public static class ScaleRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task RunAsync(IServiceProvider services, DateTime nowUtc, int seed, int warmup, int iterations, double budgetSeconds, bool baseline, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ScaleSubjects subjects;
        await using (var scope = services.CreateAsyncScope())
        {
            subjects = await ScaleSubjects.LoadAsync(scope.ServiceProvider.GetRequiredService<HipSpineDbContext>(), nowUtc).ConfigureAwait(false);
        }

        output.WriteLine($"subjects: {subjects.Patients.Count:N0} patients, {subjects.Shares.Count:N0} active shares with {subjects.Shares.Select(s => s.ClinicianId).Distinct().Count()} clinicians");
        var operations = ScaleQueries.All(subjects, nowUtc, baseline);
        var random = new Random(seed);
        var samples = operations.Select(_ => new List<double>()).ToArray();
        var rows = new long[operations.Count];
        for (var i = 0; i < warmup; i++)
        {
            foreach (var (_, run) in operations)
            {
                await TimeAsync(services, run, random).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < iterations; i++)
        {
            for (var k = 0; k < operations.Count; k++)
            {
                if (samples[k].Count >= 50 && samples[k].Sum() / 1000 > budgetSeconds)
                {
                    continue;
                }

                var (ms, count) = await TimeAsync(services, operations[k].Run, random).ConfigureAwait(false);
                samples[k].Add(ms);
                rows[k] += count;
            }
        }

        output.WriteLine("| query | runs | rows read per run | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var k = 0; k < operations.Count; k++)
        {
            var sorted = samples[k].Order().ToArray();
            output.WriteLine(string.Create(Inv,
                $"| {operations[k].Name} | {sorted.Length} | {rows[k] / (double)sorted.Length:0} | {Percentile(sorted, 50):0.00} | {Percentile(sorted, 95):0.00} | {Percentile(sorted, 99):0.00} | {sorted[^1]:0.00} |"));
        }
    }

    public static async Task ExplainAsync(IServiceProvider services, QueryPlans plans, DateTime nowUtc, int seed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        var subjects = await ScaleSubjects.LoadAsync(db, nowUtc).ConfigureAwait(false);
        var random = new Random(seed);
        foreach (var (name, run) in ScaleQueries.All(subjects, nowUtc).Skip(1))
        {
            plans.Capturing = true;
            await run(db, random).ConfigureAwait(false);
            plans.Capturing = false;
            output.WriteLine($"#### {name}");
            output.WriteLine(await plans.ExplainAsync(db.Database.GetDbConnection()).ConfigureAwait(false));
        }
    }

    /// <summary>Applies pending migrations (an older database gets new indexes), timing them.</summary>
    public static async Task MigrateAsync(IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).ToArray();
        if (pending.Length > 0)
        {
            var watch = Stopwatch.StartNew();
            await db.Database.MigrateAsync().ConfigureAwait(false);
            output.WriteLine($"applied {string.Join(", ", pending)} in {watch.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task<(double Ms, int Rows)> TimeAsync(IServiceProvider services, Func<HipSpineDbContext, Random, Task<int>> run, Random random)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var count = await run(scope.ServiceProvider.GetRequiredService<HipSpineDbContext>(), random).ConfigureAwait(false);
        return (watch.Elapsed.TotalMilliseconds, count);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
