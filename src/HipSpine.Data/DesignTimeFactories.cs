using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HipSpine.Data;

// Used only by `dotnet ef migrations add`: no database is contacted, so placeholder connections suffice.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHipSpineDbContext>
{
    public SqliteHipSpineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite(DatabaseOptions.DefaultSqliteConnection).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHipSpineDbContext>
{
    public PostgresHipSpineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHipSpineDbContext>().UseNpgsql("Host=localhost;Database=hipspine").Options);
}
