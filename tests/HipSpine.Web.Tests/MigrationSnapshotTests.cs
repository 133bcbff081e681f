using HipSpine.Data;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Web.Tests;

/// <summary>
/// The model and the migrations agree for both providers: two branches that each add a migration can merge their
/// snapshots by text, and a missed property would only show when a real database lacks the column.
/// </summary>
public sealed class MigrationSnapshotTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteHipSpineDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite model has changes no migration carries: add one with dotnet ef migrations add");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        // No server is needed: the model is compared with the last migration's snapshot.
        var options = new DbContextOptionsBuilder<PostgresHipSpineDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new PostgresHipSpineDbContext(options);
        Assert.False(db.Database.HasPendingModelChanges(), "the PostgreSQL model has changes no migration carries: add one with dotnet ef migrations add");
    }
}
