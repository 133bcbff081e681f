using System.CommandLine;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine assess [FILE|-] [--format json|text]</c> (CONTRACT.md section 3).</summary>
internal static class AssessCommand
{
    public const int InvalidInputExitCode = 2;

    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A case, a JSON array of cases, or JSON Lines; '-' or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string?>("--format") { Description = "json (JSON Lines; the default when output is not a terminal) or text." };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("assess", "Assess cases: urgency with reasons, likely sources, pattern.") { file, format };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(format), parse.GetValue(knowledge), console));
        return command;
    }

    private static int Run(string? file, string? format, string? knowledgePath, CliConsole console)
    {
        string text;
        try
        {
            text = file is null or "-" ? console.In.ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"hipspine: cannot read {file}: {ex.Message}");
            return InvalidInputExitCode;
        }

        var knowledge = KnowledgeOption.Load(knowledgePath, console);
        if (knowledge is null)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        var engine = new AssessmentEngine(knowledge);
        var asText = format == "text" || (format is null && !console.OutputRedirected);
        var anyInvalid = false;
        foreach (var read in CaseReader.ReadAll(text, knowledge.Vocabulary))
        {
            if (!read.IsValid)
            {
                anyInvalid = true;
                foreach (var problem in read.Problems)
                {
                    console.Error.WriteLine(problem);
                }

                continue;
            }

            var result = engine.Assess(read.Case!);
            if (asText)
            {
                TextReport.Write(console.Out, knowledge, result);
            }
            else
            {
                console.Out.WriteLine(HipSpineJson.Serialize(result));
            }
        }

        return anyInvalid ? InvalidInputExitCode : 0;
    }
}
