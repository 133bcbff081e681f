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
/// claim on the account, as the clinician application gives clinicians. <c>users approve-clinician EMAIL</c> marks a clinician
/// application verified (the web's /admin does the same). Exit codes: 0 done, 2 refused (no such database,
/// account or role).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("users", "Manage account roles in the web app's database (needs access to the machine).")
        {
            RoleCommand("grant-role", "Give an account a role (admin or clinician); its signed-in sessions end at their next request, and the role applies from the next sign-in.", grant: true, console),
            RoleCommand("revoke-role", "Take a role away from an account; its signed-in sessions end at their next request.", grant: false, console),
            ApproveClinicianCommand(console),
        };
        return command;
    }

    /// <summary><c>users approve-clinician EMAIL</c>: the register was checked; patients now see a verified clinician.</summary>
    private static Command ApproveClinicianCommand(CliConsole console)
    {
        var database = DatabaseOption();
        var email = new Argument<string>("email") { Description = "The applicant's email address." };
        var command = new Command("approve-clinician", "Mark a clinician application as verified (after checking the professional register).") { database, email };
        command.SetAction((parse, cancellationToken) => ApproveAsync(parse.GetValue(database)!, parse.GetValue(email)!, console, cancellationToken));
        return command;
    }

    private static async Task<int> ApproveAsync(string database, string email, CliConsole console, CancellationToken cancellationToken)
    {
        if (OpenChecked(database, console, out var refusal) is not { } db)
        {
            return refusal;
        }

        await using (db)
        {
            var user = await FindAsync(db, email, cancellationToken).ConfigureAwait(false);
            var profile = user is null ? null : await db.ClinicianProfiles.FirstOrDefaultAsync(p => p.UserId == user.Id, cancellationToken).ConfigureAwait(false);
            if (user is null || profile is null)
            {
                return Refuse(console, user is null ? $"no account with the email '{email.Trim()}'" : $"{user.Email} has not applied as a clinician (the account's \"I am a clinician\" page)");
            }

            var already = profile.VerifiedUtc is not null;
            profile.VerifiedUtc ??= DateTime.UtcNow;
            profile.VerifiedBy ??= "cli";
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var message = already ? $"{user.Email} was already a verified clinician" : $"{user.Email} is now a verified clinician ({profile.Profession}, {profile.RegistrationBody} {profile.RegistrationNumber})";
            await console.Out.WriteLineAsync(message.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        }
    }

    internal static Option<string> DatabaseOption() => new("--database")
    {
        Description = "The database: a SQLite file path or connection string (Data Source=...), or a PostgreSQL connection string (Host=...).",
        DefaultValueFactory = _ => ExportCommand.DefaultDatabase,
    };

    internal static HipSpineDbContext? OpenChecked(string database, CliConsole console, out int refusal)
    {
        refusal = 0;
        var target = DatabaseTarget.Parse(database);
        if (target.IsPostgreSql && database.Contains("://", StringComparison.Ordinal))
        {
            refusal = Refuse(console, "give PostgreSQL as a connection string (Host=...;Database=...;Username=...), not a URI");
            return null;
        }

        if (!target.IsPostgreSql && !File.Exists(target.SqlitePath))
        {
            refusal = Refuse(console, "no SQLite database at " + target.SqlitePath + " (the web app creates it on its first start)");
            return null;
        }

        return Open(target, database);
    }

    internal static Task<IdentityUser?> FindAsync(HipSpineDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().Normalize().ToUpperInvariant(); // as Identity's UpperInvariantLookupNormalizer
        return db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    private static Command RoleCommand(string name, string description, bool grant, CliConsole console)
    {
        var database = DatabaseOption();
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

        if (OpenChecked(database, console, out var refusal) is not { } opened)
        {
            return refusal;
        }

        await using var db = opened;
        var user = await FindAsync(db, email, cancellationToken).ConfigureAwait(false);
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
                user.SecurityStamp = Guid.NewGuid().ToString("N"); // a role change ends the account's sessions: sign in again with it
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

    internal static int Refuse(CliConsole console, string message)
    {
        console.Error.WriteLine("hipspine: " + message);
        return 2;
    }
}
