using System.Globalization;
using HipSpine.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace HipSpine.Data.Backup;

/// <summary>
/// Backup and restore of the SQLite database with SQLite's online backup API: the copy is a consistent
/// snapshot even while the web app keeps writing (in WAL mode the backup reads a snapshot and does not block
/// writers). Every copy is checked with <c>PRAGMA integrity_check</c>. PostgreSQL is backed up with
/// <c>pg_dump</c> (<see cref="PostgreSqlAdvice"/>).
/// </summary>
public static class SqliteBackup
{
    public const string PostgreSqlAdvice =
        "HipSpine backs up PostgreSQL with PostgreSQL's own tools (docs/reliability.md):\n" +
        "  pg_dump --format=custom --file=hipspine.dump \"host=... dbname=hipspine user=...\"\n" +
        "  pg_restore --clean --if-exists --dbname=\"host=... dbname=hipspine user=...\" hipspine.dump";

    /// <summary>Copies the database to <paramref name="output"/> (a single self-contained file).</summary>
    public static BackupOutcome Backup(string database, string output, bool force = false)
    {
        var source = DatabaseTarget.Parse(database);
        if (source.IsPostgreSql)
        {
            return BackupOutcome.Refused(PostgreSqlAdvice);
        }

        if (!File.Exists(source.SqlitePath))
        {
            return BackupOutcome.Refused($"no SQLite database at {source.SqlitePath}");
        }

        var target = Path.GetFullPath(output);
        if (File.Exists(target) && !force)
        {
            return BackupOutcome.Refused($"{target} exists; use --force to replace it");
        }

        // Written beside the target and renamed into place, so a failed backup never leaves a half file there.
        var partial = target + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var from = Open(source.SqlitePath, SqliteOpenMode.ReadWrite))
            using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                from.BackupDatabase(to);
                Execute(to, "PRAGMA journal_mode=DELETE"); // one file, no -wal beside it
                if (IntegrityProblem(to) is { } problem)
                {
                    return BackupOutcome.Failed($"the copy failed PRAGMA integrity_check: {problem}");
                }
            }

            File.Move(partial, target, overwrite: true);
            return BackupOutcome.Done($"backed up {source.SqlitePath} to {target} ({Tables(target)}); integrity_check ok");
        }
        catch (SqliteException ex)
        {
            return BackupOutcome.Failed($"backup failed: {ex.Message}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Copies a backup into the database. Refuses a target that holds any row unless <paramref name="force"/>;
    /// stop the web app first (a running app keeps using pages it has cached).
    /// </summary>
    public static BackupOutcome Restore(string input, string database, bool force = false)
    {
        var target = DatabaseTarget.Parse(database);
        if (target.IsPostgreSql)
        {
            return BackupOutcome.Refused(PostgreSqlAdvice);
        }

        var backup = Path.GetFullPath(input);
        if (!File.Exists(backup))
        {
            return BackupOutcome.Refused($"no backup file at {backup}");
        }

        try
        {
            using var from = Open(backup, SqliteOpenMode.ReadOnly);
            if (IntegrityProblem(from) is { } bad)
            {
                return BackupOutcome.Failed($"{backup} failed PRAGMA integrity_check, nothing restored: {bad}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target.SqlitePath)!);
            using var to = Open(target.SqlitePath, SqliteOpenMode.ReadWriteCreate);
            if (!force && FirstNonEmptyTable(to) is { } table)
            {
                return BackupOutcome.Refused($"{target.SqlitePath} is not empty (table '{table}' has rows); use --force to overwrite it");
            }

            from.BackupDatabase(to);
            SqlitePragmas.Apply(to); // back to WAL, as the app runs it
            if (IntegrityProblem(to) is { } problem)
            {
                return BackupOutcome.Failed($"the restored database failed PRAGMA integrity_check: {problem}");
            }

            return BackupOutcome.Done($"restored {backup} into {target.SqlitePath} ({Tables(to)}); integrity_check ok");
        }
        catch (SqliteException ex)
        {
            return BackupOutcome.Failed($"restore failed: {ex.Message}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Null when <c>PRAGMA integrity_check</c> says <c>ok</c>, else what it reported.</summary>
    public static string? IntegrityProblem(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines is ["ok"] ? null : string.Join("; ", lines);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA busy_timeout=" + SqlitePragmas.BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture));
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> TableNames(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string? FirstNonEmptyTable(SqliteConnection connection) =>
        TableNames(connection).FirstOrDefault(name =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT EXISTS (SELECT 1 FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\")";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
        });

    private static string Tables(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return Tables(connection);
    }

    private static string Tables(SqliteConnection connection) =>
        TableNames(connection).Count.ToString(CultureInfo.InvariantCulture) + " tables";
}
