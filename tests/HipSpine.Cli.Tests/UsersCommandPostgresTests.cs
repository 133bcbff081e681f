using System.Security.Claims;
using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HipSpine.Cli.Tests;

/// <summary>
/// <c>hipspine users grant-role</c> against PostgreSQL, in a throwaway database on the server named by
/// HIPSPINE_TEST_POSTGRES (scripts/services starts one). Without it the test fails and says how to get one.
/// </summary>
public sealed class UsersCommandPostgresTests
{
    [Fact]
    public void Grant_role_writes_the_role_claim_in_a_PostgreSQL_database()
    {
        var server = Environment.GetEnvironmentVariable("HIPSPINE_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(server),
            "HIPSPINE_TEST_POSTGRES is not set: run scripts/test, or `source scripts/services` before `dotnet test` (PostgreSQL: apt-get install postgresql).");
        var name = "hipspine_users_" + Guid.NewGuid().ToString("N");
        Execute(server!, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        try
        {
            var options = new DbContextOptionsBuilder<PostgresHipSpineDbContext>().UseNpgsql(connection).Options;
            using (var db = new PostgresHipSpineDbContext(options))
            {
                db.Database.Migrate();
                db.Users.Add(new IdentityUser { UserName = "ops@example.com", Email = "ops@example.com", NormalizedEmail = "OPS@EXAMPLE.COM" });
                db.SaveChanges();
            }

            var (exit, output, error) = CliRunner.Run("", "users", "grant-role", "--database", connection, "--email", "ops@example.com", "--role", "admin");

            Assert.True(exit == 0, error);
            Assert.Contains("is now admin", output, StringComparison.Ordinal);
            using var check = new PostgresHipSpineDbContext(options);
            Assert.Equal("admin", check.UserClaims.Single(c => c.ClaimType == ClaimTypes.Role).ClaimValue);
        }
        finally
        {
            Execute(server!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
