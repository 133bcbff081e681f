using Microsoft.Data.Sqlite;

/// <summary>
/// Reads what the app stored, straight from its SQLite file (read-only; WAL lets it read while the app runs):
/// the number of diary entries of one assessment's plan and how many distinct notes they carry.
/// </summary>
internal sealed class DiaryStore(string databaseFile) : IDisposable
{
    private readonly SqliteConnection connection = Open(databaseFile);

    public (long Entries, long DistinctNotes) Count(Guid assessmentId)
    {
        using var command = connection.CreateCommand();
        // EF Core stores GUIDs as upper-case text; compare case-insensitively to be independent of that.
        command.CommandText = """
            SELECT COUNT(*), COUNT(DISTINCT d.Notes) FROM DiaryEntries d JOIN Plans p ON p.Id = d.PlanId
            WHERE upper(p.AssessmentId) = upper($id)
            """;
        command.Parameters.AddWithValue("$id", assessmentId.ToString("D"));
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public void Dispose() => connection.Dispose();

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 30 }.ToString());
        connection.Open();
        return connection;
    }
}
