using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace HipSpine.Web.Tests;

/// <summary>
/// The web app on a fresh PostgreSQL database (<c>hipspine_test_&lt;guid&gt;</c>) on the server named by
/// HIPSPINE_TEST_POSTGRES, dropped afterwards. Without that variable the test fails and says how to get one.
/// </summary>
internal sealed class PostgresApp : HipSpineApp
{
    public const string Variable = "HIPSPINE_TEST_POSTGRES";

    private readonly string server;
    private readonly string database = "hipspine_test_" + Guid.NewGuid().ToString("N");
    private bool created;

    // The variable is checked before the factory is constructed: a half-built factory would be finalized later.
    public PostgresApp()
        : this(RequireServer())
    {
    }

    private PostgresApp(string server)
    {
        this.server = server;
        Execute($"CREATE DATABASE \"{database}\"");
        created = true;
    }

    private static string RequireServer() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{Variable} is not set, so the PostgreSQL persistence tests cannot run. Run scripts/test (it starts a throwaway PostgreSQL), "
            + "or `source scripts/services` before `dotnet test`; install PostgreSQL with scripts/install-prerequisites or `apt-get install postgresql`.");

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("Database:ConnectionString", new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && created)
        {
            created = false;
            NpgsqlConnection.ClearAllPools();
            Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The app on the named provider: <c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    public static HipSpineApp On(string provider) => provider switch
    {
        "Sqlite" => new HipSpineApp(),
        "PostgreSql" => new PostgresApp(),
        _ => throw new ArgumentException($"unknown provider '{provider}'", nameof(provider)),
    };
}
