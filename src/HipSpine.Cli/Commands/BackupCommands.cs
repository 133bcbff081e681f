using System.CommandLine;
using HipSpine.Data.Backup;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine backup</c> and <c>hipspine restore</c>: thin wrappers over <see cref="SqliteBackup"/>.
/// Exit codes: 0 done and integrity_check ok, 1 failed, 2 refused (bad arguments, PostgreSQL, would overwrite).
/// </summary>
internal static class BackupCommands
{
    private const string DatabaseHelp = "The database: a SQLite file path or connection string (Data Source=...). A PostgreSQL connection string prints the pg_dump advice.";

    public static Command Backup(CliConsole console)
    {
        var database = new Option<string>("--database") { Description = DatabaseHelp, Required = true };
        var output = new Option<string>("--output") { Description = "The backup file to write.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace an existing backup file." };
        var command = new Command("backup", "Copy the SQLite database with the online backup API (safe while the web app runs), then check it.")
        {
            database, output, force,
        };
        command.SetAction(parse => Report(console, SqliteBackup.Backup(parse.GetValue(database)!, parse.GetValue(output)!, parse.GetValue(force))));
        return command;
    }

    public static Command Restore(CliConsole console)
    {
        var input = new Option<string>("--input") { Description = "The backup file to restore.", Required = true };
        var database = new Option<string>("--database") { Description = DatabaseHelp, Required = true };
        var force = new Option<bool>("--force") { Description = "Overwrite a database that already holds data." };
        var command = new Command("restore", "Check a backup with integrity_check and copy it into the SQLite database (stop the web app first).")
        {
            input, database, force,
        };
        command.SetAction(parse => Report(console, SqliteBackup.Restore(parse.GetValue(input)!, parse.GetValue(database)!, parse.GetValue(force))));
        return command;
    }

    private static int Report(CliConsole console, BackupOutcome outcome)
    {
        (outcome.Succeeded ? console.Out : console.Error).WriteLine(outcome.Succeeded ? outcome.Message : "hipspine: " + outcome.Message);
        return outcome.Status switch
        {
            BackupStatus.Done => 0,
            BackupStatus.Failed => 1,
            _ => 2,
        };
    }
}
