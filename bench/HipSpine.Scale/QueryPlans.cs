using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HipSpine.Scale;

/// <summary>
/// Records the SQL (and parameters) EF sends while switched on, so the query plans shown are those of the very
/// commands the pages run: SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN (ANALYZE, BUFFERS).
/// </summary>
public sealed class QueryPlans : DbCommandInterceptor
{
    private readonly List<(string Sql, (string Name, object? Value, object? Type)[] Parameters)> captured = [];

    public bool Capturing { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Capturing && !captured.Any(c => c.Sql == command.CommandText))
        {
            captured.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value, TypeOf(p))).ToArray()));
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private static object? TypeOf(DbParameter p) => p switch
    {
        NpgsqlParameter n => n.NpgsqlDbType,
        SqliteParameter s => s.SqliteType,
        _ => null,
    };

    /// <summary>Each distinct command captured since the last call, with its plan; then forgets them.</summary>
    public async Task<string> ExplainAsync(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = new StringBuilder();
        foreach (var (sql, parameters) in captured)
        {
            await using var command = connection.CreateCommand();
            var postgres = connection is NpgsqlConnection;
            command.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
            foreach (var (name, value, type) in parameters)
            {
                command.Parameters.Add(type switch
                {
                    NpgsqlTypes.NpgsqlDbType t => new NpgsqlParameter(name, t) { Value = value },
                    SqliteType t => new SqliteParameter(name, t) { Value = value },
                    _ => throw new InvalidOperationException("unknown provider"),
                });
            }

            text.AppendLine("```sql").AppendLine(sql.Trim()).AppendLine("```").AppendLine("```");
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                // SQLite: id, parent, notused, detail; PostgreSQL: one text column per plan line.
                text.AppendLine(postgres ? reader.GetString(0) : reader.GetString(3));
            }

            text.AppendLine("```");
        }

        captured.Clear();
        return text.ToString();
    }
}
