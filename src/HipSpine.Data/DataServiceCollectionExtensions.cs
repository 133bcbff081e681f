using HipSpine.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HipSpine.Data;

/// <summary>Registers the database (provider chosen by configuration) and DataProtection keys stored in it.</summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddHipSpineData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsSqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is PostgreSql.")
            .ValidateOnStart();

        // Writes of patient data are audited in one place; the host may register an IAuditActorSource (who, from where).
        services.TryAddSingleton(sp => new AuditInterceptor(sp.GetService<IAuditActorSource>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));

        // Both flavours are registered; the configured one is picked when a context is first needed,
        // after the options above have been validated.
        services.AddDbContext<SqliteHipSpineDbContext>((sp, o) =>
            o.UseSqlite(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.EffectiveConnectionString)
                .AddInterceptors(SqlitePragmas.Instance, sp.GetRequiredService<AuditInterceptor>())); // WAL, synchronous=FULL, busy_timeout: see SqlitePragmas
        services.AddDbContext<PostgresHipSpineDbContext>((sp, o) =>
            o.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.EffectiveConnectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        services.AddScoped<HipSpineDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsSqlite
            ? sp.GetRequiredService<SqliteHipSpineDbContext>()
            : sp.GetRequiredService<PostgresHipSpineDbContext>());

        services.AddDataProtection()
            .SetApplicationName("HipSpine")
            .PersistKeysToDbContext<HipSpineDbContext>();
        return services;
    }

    /// <summary>
    /// Creates the SQLite folder if needed, applies the provider's migrations and makes sure a DataProtection key
    /// exists. Safe for several instances starting at once on one PostgreSQL database: migrations and the first
    /// key run under one advisory lock (<see cref="StartupLock"/>), so one instance migrates while the others wait.
    /// </summary>
    public static async Task MigrateHipSpineDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.IsSqlite)
        {
            var file = new SqliteConnectionStringBuilder(options.EffectiveConnectionString).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder) && !file.StartsWith(':'))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var provider = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>();
        if (options.IsSqlite)
        {
            // one machine, one process: nothing to take turns with
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            KeyRingWarmUp.EnsureKey(provider);
            return;
        }

        await StartupLock.RunAsync(db, async () =>
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            KeyRingWarmUp.EnsureKey(provider);
        }, cancellationToken).ConfigureAwait(false);
    }
}
