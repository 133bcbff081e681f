using System.CommandLine;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine assess [FILE|-] [--format json|text] [--setting primary_care|emergency]</c> (docs/contract.md section 3).</summary>
internal static class AssessCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A case, a JSON array of cases, or JSON Lines; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string?>("--format") { Description = "json (JSON Lines; the default when output is not a terminal) or text." };
        format.AcceptOnlyFromAmong("json", "text");
        var setting = SettingOption.Create();
        var command = new Command("assess", "Assess cases: urgency with reasons, likely sources, pattern.") { file, format, setting };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(format), parse.GetValue(setting), parse.GetValue(knowledge), console));
        return command;
    }

    private static int Run(string? file, string? format, CareSetting setting, string? knowledgePath, CliConsole console)
    {
        var asText = format == "text" || (format is null && !console.OutputRedirected);
        AssessmentEngine? engine = null;
        return CaseInput.ForEachCase(file, knowledgePath, console, (knowledge, subject) =>
        {
            engine ??= new AssessmentEngine(knowledge, setting);
            var result = engine.Assess(subject);
            if (asText)
            {
                TextReport.Write(console.Out, knowledge, result);
            }
            else
            {
                console.Out.WriteLine(HipSpineJson.Serialize(result));
            }
        });
    }
}
