using HipSpine.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

public sealed class SqliteDurabilityTests
{
    [Fact]
    public void Every_connection_the_app_opens_is_WAL_with_synchronous_FULL_and_a_busy_timeout()
    {
        using var app = new HipSpineApp();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HipSpineDbContext>();
        db.Database.OpenConnection();
        try
        {
            Assert.Equal("wal", Pragma(db, "journal_mode"));
            Assert.Equal("2", Pragma(db, "synchronous")); // 2 = FULL
            Assert.Equal("5000", Pragma(db, "busy_timeout"));
            Assert.Equal("1", Pragma(db, "secure_delete")); // deleted rows are zeroed in the file
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    private static string Pragma(HipSpineDbContext db, string name)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
