using System.CommandLine;
using System.Globalization;
using HipSpine.Engine.Extraction;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine eval-extract DIR</c>: precision, recall and F1 of free-text extraction per finding group over
/// annotated stories, then every red-flag polarity error; exit 1 when there is any.
/// </summary>
internal static class EvalExtractCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var folder = new Argument<string>("dir") { Description = "A folder of annotated stories: {\"id\", \"text\", \"findings\"} per *.json file." };
        var verbose = new Option<bool>("--verbose") { Description = "List every difference (for the training stories only)." };
        var today = ExtractCommand.TodayOption();
        var command = new Command("eval-extract", "Score free-text extraction against annotated stories.") { folder, verbose, today };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(verbose), parse.GetValue(today), parse.GetValue(knowledge), console));
        return command;
    }

    private static int Run(string folder, bool verbose, string? todayText, string? knowledgePath, CliConsole console)
    {
        if (ExtractCommand.ParseToday(todayText, console) is not { } today)
        {
            return CaseInput.InvalidInputExitCode;
        }

        if (KnowledgeOption.Load(knowledgePath, console) is not { } knowledge || ExtractCommand.LoadExtractor(knowledge, console) is not { } extractor)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        var (stories, problems) = ExtractionEvaluation.ReadFolder(folder);
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            return CaseInput.InvalidInputExitCode;
        }

        var report = ExtractionEvaluation.Run(extractor, knowledge, stories, today);
        var o = console.Out;
        o.WriteLine($"stories: {report.Stories}");
        o.WriteLine($"{"group",-10} {"precision",9} {"recall",7} {"F1",6} {"TP",5} {"FP",5} {"FN",5}");
        foreach (var s in report.Groups.Append(report.Overall))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Group,-10} {s.Precision,9:0.000} {s.Recall,7:0.000} {s.F1,6:0.000} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5}"));
        }

        o.WriteLine($"red-flag polarity errors: {report.PolarityErrors.Count}");
        foreach (var e in report.PolarityErrors)
        {
            o.WriteLine($"  POLARITY {e.Story}: {e.Code} annotated {(e.Expected ? "present" : "denied")}, extracted {(e.Extracted ? "present" : "denied")}");
        }

        if (verbose)
        {
            foreach (var m in report.Misses)
            {
                o.WriteLine($"  {m.Story}: {m.Code} annotated {m.Expected ?? "-"}, extracted {m.Extracted ?? "-"}");
            }
        }

        return report.PolarityErrors.Count > 0 ? 1 : 0;
    }
}
