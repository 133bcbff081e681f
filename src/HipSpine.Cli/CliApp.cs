using System.CommandLine;
using HipSpine.Cli.Commands;

namespace HipSpine.Cli;

/// <summary>The <c>hipspine</c> command: a thin host over the engine. Exit codes: 0 ok, 1 failed check, 2 bad input.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var knowledge = new Option<string?>("--knowledge")
        {
            Description = "The knowledge folder (default: knowledge/ beside the program, or HIPSPINE_KNOWLEDGE).",
            Recursive = true,
        };
        var root = new RootCommand("HipSpine: triage and likely sources for hip pain with low back pain. It informs; it does not diagnose.")
        {
            knowledge,
            AssessCommand.Create(knowledge, console),
            KbCommand.Create(knowledge, console),
            EvalCommand.Create(knowledge, console),
            ExtractCommand.Create(knowledge, console),
            EvalExtractCommand.Create(knowledge, console),
            PlanCommand.Create(knowledge, console),
            FhirCommand.Create(knowledge, console),
            BackupCommands.Backup(console),
            BackupCommands.Restore(console),
            ExportCommand.Create(knowledge, console),
            UsersCommand.Create(console),
            ClientsCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A mistyped option is bad input like a bad case: exit 2 and name it, so scripts can tell it from a failed check.
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            console.Error.WriteLine("Run 'hipspine --help' for the commands and options.");
            return 2;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return parsed.Invoke(configuration);
    }
}
