using System.Globalization;
using HipSpine.Data.Backup;
using Microsoft.Data.Sqlite;

namespace HipSpine.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-backup-").FullName;

    private string File(string name) => Path.Combine(folder, name);

    [Fact]
    public async Task A_backup_taken_while_a_writer_keeps_writing_restores_every_row_committed_before_it()
    {
        var live = File("live.db");
        using (var setup = Open(live))
        {
            Execute(setup, "PRAGMA journal_mode=WAL; CREATE TABLE writes (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
            Execute(setup, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO writes (body) SELECT randomblob(2000) FROM n");
        }

        using var stop = new CancellationTokenSource();
        long lastCommitted = 0;
        var writer = Task.Run(() =>
        {
            using var connection = Open(live);
            Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000");
            while (!stop.IsCancellationRequested)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO writes (body) VALUES (randomblob(2000)) RETURNING id";
                Interlocked.Exchange(ref lastCommitted, (long)insert.ExecuteScalar()!); // autocommit: committed on return
            }
        });

        while (Interlocked.Read(ref lastCommitted) < 4100)
        {
            await Task.Delay(10);
        }

        var committedBefore = Interlocked.Read(ref lastCommitted);
        var backup = CliRunner.Run("", "backup", "--database", $"Data Source={live}", "--output", File("copy.db"));
        var committedAfter = Interlocked.Read(ref lastCommitted);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.Exit == 0, backup.Err);
        Assert.Contains("integrity_check ok", backup.Out, StringComparison.Ordinal);
        // The writer ran throughout (awaiting it rethrows any SQLITE_BUSY it met); whether it committed rows
        // during the copy depends on timing, so that is not asserted.

        var restore = CliRunner.Run("", "restore", "--input", File("copy.db"), "--database", File("restored.db"));
        Assert.True(restore.Exit == 0, restore.Err);
        using var restored = Open(File("restored.db"));
        Assert.Null(SqliteBackup.IntegrityProblem(restored));
        Assert.Equal(committedBefore, Scalar(restored, $"SELECT count(*) FROM writes WHERE id <= {committedBefore.ToString(CultureInfo.InvariantCulture)}"));
        Assert.True(Scalar(restored, "SELECT max(id) FROM writes") <= committedAfter + 1, "a snapshot, not rows from after the backup");
        Assert.Equal("wal", Convert.ToString(ScalarObject(restored, "PRAGMA journal_mode"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Restore_refuses_a_database_that_holds_data_unless_forced()
    {
        using (var a = Open(File("a.db")))
        {
            Execute(a, "CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        }

        using (var b = Open(File("b.db")))
        {
            Execute(b, "CREATE TABLE t (x); INSERT INTO t VALUES (2); INSERT INTO t VALUES (3)");
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(0, CliRunner.Run("", "backup", "--database", File("a.db"), "--output", File("a.bak")).Exit);
        var refused = CliRunner.Run("", "restore", "--input", File("a.bak"), "--database", File("b.db"));
        Assert.Equal(2, refused.Exit);
        Assert.Contains("--force", refused.Err, StringComparison.Ordinal);
        using (var b = Open(File("b.db")))
        {
            Assert.Equal(2, Scalar(b, "SELECT count(*) FROM t"));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(0, CliRunner.Run("", "restore", "--input", File("a.bak"), "--database", File("b.db"), "--force").Exit);
        using var forced = Open(File("b.db"));
        Assert.Equal(1, Scalar(forced, "SELECT x FROM t"));
    }

    [Fact]
    public void A_corrupt_backup_is_not_restored()
    {
        System.IO.File.WriteAllBytes(File("bad.bak"), [.. "SQLite format 3\0"u8, .. new byte[5000]]);
        var result = CliRunner.Run("", "restore", "--input", File("bad.bak"), "--database", File("target.db"));

        Assert.NotEqual(0, result.Exit);
        Assert.False(System.IO.File.Exists(File("target.db")) && new FileInfo(File("target.db")).Length > 0, "nothing written");
    }

    [Fact]
    public void A_PostgreSQL_connection_string_gets_the_pg_dump_advice()
    {
        var result = CliRunner.Run("", "backup", "--database", "Host=localhost;Database=hipspine;Username=hipspine", "--output", File("x.dump"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("pg_dump --format=custom", result.Err, StringComparison.Ordinal);
        Assert.Contains("pg_restore", result.Err, StringComparison.Ordinal);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? ScalarObject(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static long Scalar(SqliteConnection connection, string sql) => Convert.ToInt64(ScalarObject(connection, sql), CultureInfo.InvariantCulture);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
