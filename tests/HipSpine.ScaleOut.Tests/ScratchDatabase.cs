using Npgsql;

namespace HipSpine.ScaleOut.Tests;

/// <summary>A fresh, empty PostgreSQL database for one test run (the instances migrate it), dropped afterwards.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string server;
    private readonly string name = "hipspine_scaleout_" + Guid.NewGuid().ToString("N");

    public ScratchDatabase(string server)
    {
        this.server = server;
        Execute($"CREATE DATABASE \"{name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public long Count(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
