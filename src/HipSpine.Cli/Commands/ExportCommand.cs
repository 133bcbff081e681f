using System.CommandLine;
using System.Text;
using HipSpine.Data;
using HipSpine.Data.Backup;
using HipSpine.Engine.Assessment;
using HipSpine.Fhir;
using HipSpine.Records;
using HipSpine.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine export --patient ID --format fhir|csv|pdf</c>: one patient's data read straight from the SQLite
/// database (read-only): the <c>$everything</c> Bundle, a CSV of diary entries and outcome scores, or the PDF
/// appointment report of the latest assessment. Exit codes: 0 written, 2 refused (bad arguments, no such database or patient).
/// </summary>
internal static class ExportCommand
{
    public const string DefaultDatabase = "data/hipspine.db";

    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var patient = new Option<string>("--patient") { Description = "The patient id (shown on /account; the account's user id).", Required = true };
        var format = new Option<string>("--format") { Description = "fhir (the $everything Bundle), csv (diary and outcome scores) or pdf (the latest report).", Required = true };
        format.AcceptOnlyFromAmong("fhir", "csv", "pdf");
        var database = new Option<string>("--database") { Description = "The SQLite database: a path or a connection string (Data Source=...).", DefaultValueFactory = _ => DefaultDatabase };
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output; required for pdf)." };
        var command = new Command("export", "Export one patient's data from the SQLite database as FHIR, CSV or the PDF report.")
        {
            patient, format, database, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(knowledge), parse.GetValue(patient)!, parse.GetValue(format)!, parse.GetValue(database)!, parse.GetValue(output), console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? knowledgePath, string patientId, string format, string database, string? output, CliConsole console, CancellationToken cancellationToken)
    {
        if (KnowledgeOption.Load(knowledgePath, console) is not { } knowledge)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        var target = DatabaseTarget.Parse(database);
        if (target.IsPostgreSql || !File.Exists(target.SqlitePath))
        {
            return Refuse(console, target.IsPostgreSql ? "export reads a SQLite database only" : "no SQLite database at " + target.SqlitePath);
        }

        if (format == "pdf" && string.IsNullOrEmpty(output))
        {
            return Refuse(console, "--format pdf needs --output FILE");
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = target.SqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<SqliteHipSpineDbContext>().UseSqlite(connection).Options;
        await using var db = new SqliteHipSpineDbContext(options);
        if (!await db.Users.AsNoTracking().AnyAsync(u => u.Id == patientId, cancellationToken).ConfigureAwait(false))
        {
            return Refuse(console, "no patient with id " + patientId);
        }

        byte[] bytes;
        switch (format)
        {
            case "fhir":
                var record = await PatientRecords.LoadAsync(db, knowledge, patientId, cancellationToken).ConfigureAwait(false);
                bytes = Encoding.UTF8.GetBytes(new FhirService(new AssessmentEngine(knowledge)).Everything(record!, pretty: true) + "\n");
                break;
            case "csv":
                bytes = Encoding.UTF8.GetBytes(await PatientCsv.BuildAsync(db, patientId, cancellationToken).ConfigureAwait(false));
                break;
            default:
                var latest = await db.SavedAssessments.AsNoTracking().Where(a => a.UserId == patientId).OrderByDescending(a => a.CreatedUtc)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (latest is null)
                {
                    return Refuse(console, "the patient has no saved assessment to report");
                }

                var model = await AppointmentReportData.BuildAsync(db, new KnowledgeText(knowledge), latest, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
                if (model is null)
                {
                    return Refuse(console, "the latest saved assessment no longer reads with this knowledge");
                }

                bytes = AppointmentReport.Write(model);
                break;
        }

        if (string.IsNullOrEmpty(output))
        {
            await console.Out.WriteAsync(Encoding.UTF8.GetString(bytes).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllBytesAsync(output, bytes, cancellationToken).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"hipspine: wrote {format} export to {output}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return 0;
    }

    private static int Refuse(CliConsole console, string message)
    {
        console.Error.WriteLine("hipspine: " + message);
        return 2;
    }
}
