using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HipSpine.Data;

/// <summary>
/// Start-up work that several instances sharing one PostgreSQL database must do one at a time: migrations and the
/// first DataProtection key. EF Core's own migration lock is taken per migration transaction, and two instances
/// started together on an empty database were seen to apply the same migration twice ("column already exists");
/// one session-level advisory lock around the whole start-up makes the second instance wait, then find nothing to do.
/// </summary>
internal static class StartupLock
{
    // The lock's name is an arbitrary application-wide number: "HipSpine" in ASCII read as a bigint.
    private const string Lock = "SELECT pg_advisory_lock(5217825146955984485)";
    private const string Unlock = "SELECT pg_advisory_unlock(5217825146955984485)";
    private const string DuplicateDatabase = "42P04";

    public static async Task RunAsync(HipSpineDbContext db, Func<Task> work, CancellationToken cancellationToken)
    {
        await CreateDatabaseIfMissingAsync(db, cancellationToken).ConfigureAwait(false);

        // The lock lives on this context's connection, which EF Core keeps open (it did not open it); a session lock
        // is released when the connection closes, even if the process dies half-way.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken).ConfigureAwait(false);
            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(Unlock, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>An advisory lock needs a database to connect to; two instances may both try to create it.</summary>
    private static async Task CreateDatabaseIfMissingAsync(HipSpineDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
        {
            // another instance created it first
        }
    }
}
