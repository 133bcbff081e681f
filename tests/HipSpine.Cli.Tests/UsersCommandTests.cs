using System.Security.Claims;
using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private const string UserId = "5c0e7a1d-2b3f-4c5d-8e9f-0a1b2c3d4e5f";

    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-users-").FullName;

    private string Database => Path.Combine(folder, "hipspine.db");

    public UsersCommandTests()
    {
        using var db = Open();
        db.Database.Migrate();
        db.Users.Add(new IdentityUser
        {
            Id = UserId, UserName = "ops@example.com", Email = "ops@example.com", NormalizedEmail = "OPS@EXAMPLE.COM",
            NormalizedUserName = "OPS@EXAMPLE.COM", SecurityStamp = "before",
        });
        db.SaveChanges();
    }

    private SqliteHipSpineDbContext Open() =>
        new(new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite($"Data Source={Database};Pooling=False").Options);

    private string[] Roles()
    {
        using var db = Open();
        return db.UserClaims.Where(c => c.UserId == UserId && c.ClaimType == ClaimTypes.Role).Select(c => c.ClaimValue!).OrderBy(v => v).ToArray();
    }

    [Fact]
    public void Grant_role_gives_the_account_the_role_once_and_revoke_role_takes_it_away()
    {
        var (exit, output, error) = CliRunner.Run("", "users", "grant-role", "--database", Database, "--email", "Ops@Example.com", "--role", "admin");
        Assert.True(exit == 0, error);
        Assert.Contains("ops@example.com is now admin", output, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("", "users", "grant-role", "--database", $"Data Source={Database}", "--email", "ops@example.com", "--role", "admin");
        Assert.Equal(0, exit);
        Assert.Contains("already admin", output, StringComparison.Ordinal);
        (exit, _, _) = CliRunner.Run("", "users", "grant-role", "--database", Database, "--email", "ops@example.com", "--role", "clinician");
        Assert.Equal(0, exit);
        Assert.Equal(["admin", "clinician"], Roles());

        (exit, output, _) = CliRunner.Run("", "users", "revoke-role", "--database", Database, "--email", "ops@example.com", "--role", "admin");
        Assert.Equal(0, exit);
        Assert.Contains("no longer admin", output, StringComparison.Ordinal);
        Assert.Equal(["clinician"], Roles());
        using var db = Open();
        Assert.NotEqual("before", db.Users.Single(u => u.Id == UserId).SecurityStamp); // sessions holding the role end
    }

    [Fact]
    public void Approve_clinician_verifies_an_application_and_refuses_an_account_that_has_not_applied()
    {
        var (exit, _, error) = CliRunner.Run("", "users", "approve-clinician", "ops@example.com", "--database", Database);
        Assert.Equal(2, exit);
        Assert.Contains("ops@example.com has not applied as a clinician", error, StringComparison.Ordinal);

        using (var db = Open())
        {
            db.ClinicianProfiles.Add(new ClinicianProfile
            {
                UserId = UserId, Profession = "physiotherapist", RegistrationBody = "HCPC", RegistrationNumber = "PH123456", AppliedUtc = DateTime.UtcNow,
            });
            db.SaveChanges();
        }

        (exit, var output, error) = CliRunner.Run("", "users", "approve-clinician", "Ops@Example.com", "--database", Database);
        Assert.True(exit == 0, error);
        Assert.Contains("ops@example.com is now a verified clinician (physiotherapist, HCPC PH123456)", output, StringComparison.Ordinal);
        using var check = Open();
        var profile = check.ClinicianProfiles.Single();
        Assert.NotNull(profile.VerifiedUtc);
        Assert.Equal("cli", profile.VerifiedBy);

        (exit, _, error) = CliRunner.Run("", "users", "approve-clinician", "nobody@example.com", "--database", Database);
        Assert.Equal(2, exit);
        Assert.Contains("no account with the email 'nobody@example.com'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody@example.com", "admin", "no account with the email 'nobody@example.com'")]
    [InlineData("ops@example.com", "superuser", "unknown role 'superuser': use admin or clinician")]
    public void An_unknown_email_or_role_is_refused_with_exit_code_2_and_changes_nothing(string email, string role, string message)
    {
        var (exit, _, error) = CliRunner.Run("", "users", "grant-role", "--database", Database, "--email", email, "--role", role);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Roles());
    }

    [Fact]
    public void A_missing_database_is_refused_not_created()
    {
        var missing = Path.Combine(folder, "missing.db");
        var (exit, _, error) = CliRunner.Run("", "users", "grant-role", "--database", missing, "--email", "ops@example.com", "--role", "admin");

        Assert.Equal(2, exit);
        Assert.Contains("no SQLite database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
