using System.Data.Common;
using System.Text;
using HipSpine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// Looks for a text in every column of every table of the app's database (SQLite: sqlite_master and
/// table_info; PostgreSQL: information_schema), case-insensitively, each value read as text.
/// </summary>
internal static class DatabaseSearch
{
    /// <summary>"Table.Column (n rows)" for every column holding <paramref name="text"/>; empty when none does.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(HipSpineApp app, string text)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        var sqlite = db is SqliteHipSpineDbContext;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var columns = sqlite ? await SqliteColumnsAsync(connection) : await PostgresColumnsAsync(connection);
            Assert.True(columns.Count > 20, $"only {columns.Count} columns found: the search would not be worth much");
            var found = new List<string>();
            foreach (var (table, column) in columns)
            {
                var sql = sqlite
                    ? $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(lower(CAST(\"{column}\" AS TEXT)), lower(@text)) > 0"
                    : $"SELECT COUNT(*) FROM \"{table}\" WHERE strpos(lower(\"{column}\"::text), lower(@text)) > 0";
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@text";
                parameter.Value = text;
                command.Parameters.Add(parameter);
                var count = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                if (count > 0)
                {
                    found.Add($"{table}.{column} ({count} rows)");
                }
            }

            return found;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Whether the SQLite file or its WAL still holds <paramref name="text"/> anywhere, even in free space.</summary>
    public static bool FileHolds(HipSpineApp app, string text) =>
        new[] { app.DatabasePath, app.DatabasePath + "-wal" }.Where(File.Exists).Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return Encoding.Latin1.GetString(memory.ToArray()).Contains(text, StringComparison.OrdinalIgnoreCase);
        });

    private static async Task<List<(string Table, string Column)>> SqliteColumnsAsync(DbConnection connection)
    {
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var columns = new List<(string, string)>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT name FROM pragma_table_info('{table.Replace("'", "''", StringComparison.Ordinal)}')";
            using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((table, reader.GetString(0)));
            }
        }

        return columns;
    }

    private static async Task<List<(string Table, string Column)>> PostgresColumnsAsync(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'";
        using var reader = await command.ExecuteReaderAsync();
        var columns = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }
}
