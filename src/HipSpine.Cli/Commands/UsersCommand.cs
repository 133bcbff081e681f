using System.CommandLine;
using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Data.Backup;
using HipSpine.Data.Sqlite;
using HipSpine.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine users grant-role|revoke-role --email X --role admin|clinician</c>: the only way to make an account
/// an administrator, so it needs access to the machine (the database), never a web request. The role is a role
/// claim on the account, as the sign-up page gives clinicians. Exit codes: 0 done, 2 refused (no such database,
/// account or role).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("users", "Manage account roles in the web app's database (needs access to the machine).")
        {
            RoleCommand("grant-role", "Give an account a role (admin or clinician); it applies from the account's next sign-in, or within 30 minutes.", grant: true, console),
            RoleCommand("revoke-role", "Take a role away from an account; its signed-in sessions end at their next check (within 30 minutes).", grant: false, console),
        };
        return command;
    }

    private static Command RoleCommand(string name, string description, bool grant, CliConsole console)
    {
        var database = new Option<string>("--database")
        {
            Description = "The database: a SQLite file path or connection string (Data Source=...), or a PostgreSQL connection string (Host=...).",
            DefaultValueFactory = _ => ExportCommand.DefaultDatabase,
        };
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var role = new Option<string>("--role") { Description = "admin or clinician.", Required = true };
        var command = new Command(name, description) { database, email, role };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(database)!, parse.GetValue(email)!, parse.GetValue(role)!, grant, console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, string email, string role, bool grant, CliConsole console, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role, StringComparer.Ordinal))
        {
            return Refuse(console, $"unknown role '{role}': use {string.Join(" or ", Roles.All)}");
        }

        var target = DatabaseTarget.Parse(database);
        if (target.IsPostgreSql && database.Contains("://", StringComparison.Ordinal))
        {
            return Refuse(console, "give PostgreSQL as a connection string (Host=...;Database=...;Username=...), not a URI");
        }

        if (!target.IsPostgreSql && !File.Exists(target.SqlitePath))
        {
            return Refuse(console, "no SQLite database at " + target.SqlitePath + " (the web app creates it on its first start)");
        }

        await using var db = Open(target, database);
        var normalized = email.Trim().Normalize().ToUpperInvariant(); // as Identity's UpperInvariantLookupNormalizer
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return Refuse(console, $"no account with the email '{email.Trim()}'");
        }

        var claims = await db.UserClaims.Where(c => c.UserId == user.Id && c.ClaimType == ClaimTypes.Role && c.ClaimValue == role)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        string message;
        if (grant)
        {
            if (claims.Count == 0)
            {
                db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = ClaimTypes.Role, ClaimValue = role });
            }

            message = claims.Count == 0 ? $"{user.Email} is now {role}" : $"{user.Email} was already {role}";
        }
        else
        {
            db.UserClaims.RemoveRange(claims);
            if (claims.Count > 0)
            {
                user.SecurityStamp = Guid.NewGuid().ToString("N"); // signed-in sessions must sign in again, without the role
            }

            message = claims.Count > 0 ? $"{user.Email} is no longer {role}" : $"{user.Email} was not {role}";
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(message.AsMemory(), cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static HipSpineDbContext Open(DatabaseTarget target, string database)
    {
        if (target.IsPostgreSql)
        {
            return new PostgresHipSpineDbContext(new DbContextOptionsBuilder<PostgresHipSpineDbContext>().UseNpgsql(database).Options);
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = target.SqlitePath, Pooling = false }.ToString();
        return new SqliteHipSpineDbContext(new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite(connection)
            .AddInterceptors(SqlitePragmas.Instance).Options); // busy_timeout: the web app may be writing too
    }

    private static int Refuse(CliConsole console, string message)
    {
        console.Error.WriteLine("hipspine: " + message);
        return 2;
    }
}
