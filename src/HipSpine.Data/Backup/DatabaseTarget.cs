using Microsoft.Data.Sqlite;

namespace HipSpine.Data.Backup;

/// <summary>What <c>--database</c> names: a SQLite file (a path or a connection string) or a PostgreSQL server.</summary>
public sealed record DatabaseTarget(bool IsPostgreSql, string SqlitePath)
{
    /// <summary>
    /// <c>Host=...</c>, <c>Server=...</c> and <c>postgres://</c> URIs are PostgreSQL; <c>Data Source=</c> or
    /// <c>Filename=</c> connection strings are SQLite; anything else is a path to a SQLite file.
    /// </summary>
    public static DatabaseTarget Parse(string database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        var text = database.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || HasKey(text, "Host") || HasKey(text, "Server"))
        {
            return new DatabaseTarget(true, "");
        }

        var path = HasKey(text, "Data Source") || HasKey(text, "DataSource") || HasKey(text, "Filename")
            ? new SqliteConnectionStringBuilder(text).DataSource
            : text;
        return new DatabaseTarget(false, Path.GetFullPath(path));
    }

    private static bool HasKey(string text, string key) =>
        text.Split(';').Any(part => part.Split('=', 2) is [var k, _] && string.Equals(k.Trim(), key, StringComparison.OrdinalIgnoreCase));
}
