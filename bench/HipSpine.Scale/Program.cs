using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Scale;

/// <summary>
/// <c>HipSpine.Scale generate|query|explain --provider sqlite|postgres --connection "..." [--patients N --days D --seed S
/// --today yyyy-MM-dd] [--warmup W --iterations I --budget SECONDS --baseline true]</c>. <c>--baseline true</c> adds the
/// workspace as first written, the "before" of docs/performance.md. The database is reached through the app's own
/// registration (AddHipSpineData), so the SQLite pragmas and the Npgsql settings are the app's.
/// </summary>
internal static class ScaleProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("generate" or "query" or "explain"))
        {
            Console.Error.WriteLine("usage: HipSpine.Scale generate|query|explain --provider sqlite|postgres --connection CS [--patients N] [--days D] [--seed S] [--today yyyy-MM-dd] [--warmup W] [--iterations I] [--budget SECONDS] [--baseline true]");
            return 2;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var provider = Get("provider", "sqlite") switch
        {
            "sqlite" => DatabaseOptions.Sqlite,
            "postgres" => DatabaseOptions.PostgreSql,
            var other => throw new ArgumentException($"--provider must be sqlite or postgres, not '{other}'"),
        };
        var connection = Get("connection", provider == DatabaseOptions.Sqlite ? "Data Source=scale.db" : "");
        var today = DateOnly.ParseExact(Get("today", "2026-11-25"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var seed = Int("seed", 7);
        var scale = new ScaleOptions(Int("patients", 1000), Int("days", 365), seed, today);
        var plans = new QueryPlans();

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connection,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHipSpineData();
        services.ConfigureDbContext<SqliteHipSpineDbContext>(o => o.AddInterceptors(plans));
        services.ConfigureDbContext<PostgresHipSpineDbContext>(o => o.AddInterceptors(plans));
        await using var root = services.BuildServiceProvider();
        var nowUtc = today.ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc);
        Console.WriteLine($"{args[0]}: {provider}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");

        if (args[0] == "generate")
        {
            var knowledge = KnowledgeLoader.LoadOrThrow(KnowledgeLoader.Locate(options.GetValueOrDefault("knowledge")));
            var population = new ScalePopulation(knowledge, Get("cases", ScalePopulation.FindCases()), scale);
            Console.WriteLine($"population: {scale.Patients:N0} patients x {scale.Days} days, seed {seed}, ending {today:yyyy-MM-dd}");
            await using var scope = root.CreateAsyncScope();
            await ScaleGenerate.RunAsync(scope.ServiceProvider.GetRequiredService<HipSpineDbContext>(), population, Console.Out);
        }
        else if (args[0] == "query")
        {
            await ScaleRun.MigrateAsync(root, Console.Out);
            await ScaleRun.RunAsync(root, nowUtc, seed, Int("warmup", 20), Int("iterations", 500), double.Parse(Get("budget", "60"), CultureInfo.InvariantCulture), Get("baseline", "false") == "true", Console.Out);
        }
        else
        {
            await ScaleRun.MigrateAsync(root, Console.Out);
            await ScaleRun.ExplainAsync(root, plans, nowUtc, seed, Console.Out);
        }

        return 0;
    }
}
