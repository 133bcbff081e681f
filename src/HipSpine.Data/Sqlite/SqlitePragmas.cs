using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HipSpine.Data.Sqlite;

/// <summary>
/// Sets the durability pragmas on every SQLite connection EF Core opens (docs/reliability.md):
/// <list type="bullet">
/// <item><c>journal_mode=WAL</c>: readers never block the writer, so backups and pages run while assessments
/// are saved; a crash mid-write leaves the last committed state (persistent in the file; a no-op once set).</item>
/// <item><c>synchronous=FULL</c>: in WAL mode the WAL is synced at every commit, so each committed transaction
/// survives power loss. NORMAL syncs only at checkpoints: it survives a process crash but could lose the last
/// transactions on power loss. This is health data, and a save is one small transaction, so we pay for FULL.</item>
/// <item><c>busy_timeout</c>: a writer waits for another's lock instead of failing at once with SQLITE_BUSY.</item>
/// <item><c>secure_delete=ON</c>: deleted rows are overwritten with zeros, so a deleted account's data is not left
/// readable in free pages of the file (deleting an account also checkpoints the WAL: AccountDeletion).</item>
/// </list>
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;

    public const string Statements =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;";

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Statements;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Applies the pragmas to a connection opened outside EF Core (backup and restore).</summary>
    public static void Apply(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Statements;
        command.ExecuteNonQuery();
    }
}
