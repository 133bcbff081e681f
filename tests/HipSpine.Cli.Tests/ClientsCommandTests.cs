using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Cli.Tests;

/// <summary><c>hipspine clients add|list|remove</c> on a migrated SQLite database, as the web app's /admin/clients does.</summary>
public sealed class ClientsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-clients-").FullName;

    private string Database => Path.Combine(folder, "hipspine.db");

    public ClientsCommandTests()
    {
        using var db = new SqliteHipSpineDbContext(new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite($"Data Source={Database};Pooling=False").Options);
        db.Database.Migrate();
        db.Users.Add(new IdentityUser { Id = "owner-1", UserName = "doc@example.com", Email = "doc@example.com", NormalizedEmail = "DOC@EXAMPLE.COM", NormalizedUserName = "DOC@EXAMPLE.COM" });
        db.SaveChanges();
    }

    [Fact]
    public void Add_list_and_remove_a_public_app_and_a_backend_whose_secret_is_printed_once()
    {
        var (exit, output, error) = CliRunner.Run("", "clients", "add", "--database", Database, "--id", "pain-app", "--name", "Pain App",
            "--redirect-uri", "https://app.example.org/callback", "--origin", "https://app.example.org", "--scope", "openid", "--scope", "patient/*.read");
        Assert.True(exit == 0, error);
        Assert.Contains("registered pain-app (public)", output, StringComparison.Ordinal);

        (exit, output, error) = CliRunner.Run("", "clients", "add", "--database", Database, "--id", "clinic", "--name", "Clinic EHR", "--confidential",
            "--scope", "system/*.read", "--owner", "doc@example.com");
        Assert.True(exit == 0, error);
        Assert.Matches("its secret, shown only now: [A-Za-z0-9_-]{40,}", output);

        (exit, output, _) = CliRunner.Run("", "clients", "list", "--database", Database);
        Assert.Equal(0, exit);
        Assert.Contains("pain-app\tpublic\tPain App\tscopes: openid patient/*.read\torigins: https://app.example.org", output, StringComparison.Ordinal);
        Assert.Contains("clinic\tconfidential", output, StringComparison.Ordinal);

        (exit, output, _) = CliRunner.Run("", "clients", "remove", "pain-app", "--database", Database);
        Assert.Equal(0, exit);
        (exit, output, _) = CliRunner.Run("", "clients", "list", "--database", Database);
        Assert.DoesNotContain("pain-app", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client id: 1 to 100 characters without spaces", "--id", "has space", "--scope", "openid")]
    [InlineData("scopes: choose from", "--id", "x", "--scope", "patient/*.everything")]
    [InlineData("system scopes need a confidential client owned by a clinician", "--id", "x", "--scope", "system/*.read")]
    [InlineData("owner: no account with the email 'nobody@example.com'", "--id", "x", "--scope", "system/*.read", "--owner", "nobody@example.com")]
    public void A_bad_field_is_refused_with_exit_code_2_naming_it(string message, params string[] fields)
    {
        var (exit, _, error) = CliRunner.Run("", ["clients", "add", "--database", Database, "--name", "X", "--redirect-uri", "https://a.example/cb", .. fields]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
