using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Data;

/// <summary>
/// The web app's database. Abstract because each provider has its own subclass and migrations set
/// (<see cref="SqliteHipSpineDbContext"/>, <see cref="PostgresHipSpineDbContext"/>); code uses this type.
/// </summary>
public abstract class HipSpineDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<SavedAssessment> SavedAssessments => Set<SavedAssessment>();

    /// <summary>DataProtection keys, shared so protected form state is readable by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<SavedAssessment>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.CaseJson).IsRequired();
            e.Property(a => a.ResultJson).IsRequired();
            e.Property(a => a.KnowledgeVersion).HasMaxLength(200).IsRequired();
        });
    }
}

/// <summary>The SQLite flavour (migrations in Migrations/Sqlite).</summary>
public sealed class SqliteHipSpineDbContext(DbContextOptions<SqliteHipSpineDbContext> options) : HipSpineDbContext(options);

/// <summary>The PostgreSQL flavour (migrations in Migrations/Postgres).</summary>
public sealed class PostgresHipSpineDbContext(DbContextOptions<PostgresHipSpineDbContext> options) : HipSpineDbContext(options);
