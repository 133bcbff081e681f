using HipSpine.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// Instances of a scale-out deployment start together on one empty PostgreSQL database. Each migrates it and
/// makes sure a DataProtection key exists; they must take turns, or two apply the same migration ("column already
/// exists", seen in CI with two instances) or each create a key of its own.
/// </summary>
public sealed class ConcurrentStartupTests
{
    private const int Instances = 6;

    [Fact]
    public async Task Six_instances_starting_at_once_on_an_empty_database_migrate_it_once_and_share_one_key()
    {
        using var database = new ScratchDatabase(Prerequisites.PostgresServer());
        var providers = Enumerable.Range(0, Instances).Select(_ => Services(database.ConnectionString)).ToArray();
        try
        {
            using var start = new ManualResetEventSlim();
            var startups = providers.Select(p => Task.Run(async () =>
            {
                start.Wait();
                await p.MigrateHipSpineDatabaseAsync();
            })).ToArray();
            start.Set();
            await Task.WhenAll(startups);
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }

        Assert.Equal(1, database.Count("SELECT count(*) FROM \"DataProtectionKeys\""));
        var migrations = typeof(PostgresHipSpineDbContext).Assembly.GetTypes()
            .Count(t => t.Namespace == "HipSpine.Data.Migrations.Postgres" && t.BaseType == typeof(Microsoft.EntityFrameworkCore.Migrations.Migration));
        Assert.Equal(migrations, database.Count("SELECT count(*) FROM \"__EFMigrationsHistory\""));
    }

    /// <summary>What one instance registers for its database, on its own connection pool settings.</summary>
    private static ServiceProvider Services(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddHipSpineData();
        return services.BuildServiceProvider();
    }
}
