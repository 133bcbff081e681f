using System.ComponentModel.DataAnnotations;

namespace HipSpine.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
    public const string DefaultSqliteConnection = "Data Source=data/hipspine.db";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>.</summary>
    [Required]
    [AllowedValues(Sqlite, PostgreSql, ErrorMessage = "Database:Provider must be 'Sqlite' or 'PostgreSql'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Defaults to a SQLite file under <c>data/</c> when empty and the provider is SQLite.</summary>
    public string? ConnectionString { get; set; }

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.Ordinal);

    public string EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : IsSqlite ? DefaultSqliteConnection
        : throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSql.");
}
