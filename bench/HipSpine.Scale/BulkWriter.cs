using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace HipSpine.Scale;

/// <summary>
/// Bulk inserts driven by the EF model, so table names, column names and value formats are exactly the ones the
/// migrations created and the app reads: SQLite gets one prepared INSERT per table inside one transaction (the
/// type mapping makes each parameter, so Guids and dates are stored as EF stores them); PostgreSQL gets binary COPY.
/// </summary>
public sealed class BulkWriter(DbContext db, TextWriter log)
{
    public long TotalRows { get; private set; }

    public TimeSpan TotalTime { get; private set; }

    public async Task WriteAsync<T>(string label, IEnumerable<T> rows)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName()!;
        var columns = entity.GetProperties().ToArray();
        var watch = Stopwatch.StartNew();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        }

        var count = connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, table, columns, rows).ConfigureAwait(false)
            : await InsertAsync((SqliteConnection)connection, table, columns, rows).ConfigureAwait(false);
        watch.Stop();
        TotalRows += count;
        TotalTime += watch.Elapsed;
        log.WriteLine($"  {label,-16} {count,10:N0} rows in {watch.Elapsed.TotalSeconds,7:0.0} s = {count / Math.Max(watch.Elapsed.TotalSeconds, 1e-9),9:N0} rows/s");
    }

    private static string Quote(string name) => "\"" + name + "\"";

    private static async Task<long> InsertAsync<T>(SqliteConnection connection, string table, IProperty[] columns, IEnumerable<T> rows)
        where T : class
    {
        // A bigger page cache for the load: the random Guid keys touch pages all over each index.
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size=-262144";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.GetColumnName())))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        // Each parameter is made once by the column's EF type mapping (which sets how SQLite stores it: Guids as
        // upper-case text, dates as ISO text); per row only the values change.
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var parameters = columns.Select((c, i) => c.GetRelationalTypeMapping().CreateParameter(command, "$p" + i, null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = getters[i].GetClrValueUsingContainingEntity(row) ?? DBNull.Value;
            }

            if (count == 0)
            {
                command.Prepare();
            }

            command.ExecuteNonQuery();
            count++;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return count;
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, string table, IProperty[] columns, IEnumerable<T> rows)
        where T : class
    {
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(c => Quote(c.GetColumnName())))}) FROM STDIN (FORMAT BINARY)").ConfigureAwait(false);
        importer.Timeout = TimeSpan.FromHours(1); // the default (the command timeout, 30 s) ends a COPY of millions of rows
        long count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync().ConfigureAwait(false);
            foreach (var getter in getters)
            {
                await WriteAsync(importer, getter.GetClrValueUsingContainingEntity(row)).ConfigureAwait(false);
            }

            count++;
        }

        await importer.CompleteAsync().ConfigureAwait(false);
        return count;
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value) => value switch
    {
        null => importer.WriteNullAsync(),
        Guid v => importer.WriteAsync(v, NpgsqlDbType.Uuid),
        string v => importer.WriteAsync(v, NpgsqlDbType.Text),
        int v => importer.WriteAsync(v, NpgsqlDbType.Integer),
        double v => importer.WriteAsync(v, NpgsqlDbType.Double),
        bool v => importer.WriteAsync(v, NpgsqlDbType.Boolean),
        DateTime v => importer.WriteAsync(v, NpgsqlDbType.TimestampTz),
        DateTimeOffset v => importer.WriteAsync(v, NpgsqlDbType.TimestampTz),
        DateOnly v => importer.WriteAsync(v, NpgsqlDbType.Date),
        _ => throw new NotSupportedException($"no COPY mapping for {value.GetType().Name}"),
    };
}
