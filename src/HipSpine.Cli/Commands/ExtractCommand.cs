using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary>
/// <c>hipspine extract [FILE|-]</c> (docs/contract.md section 3, 1.1): JSON Lines of <c>{"id", "text", "age", "sex"}</c>
/// in, one line of findings and mentions out per input, in order. A bad line is named on standard error
/// (exit 2) and the others are still processed.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var file = new Argument<string?>("file") { Description = "JSON Lines; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var today = TodayOption();
        var command = new Command("extract", "Understand free text: findings with their spans, negations and all.") { file, today };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(today), parse.GetValue(knowledge), console));
        return command;
    }

    /// <summary><c>--today</c>: the date that "since last summer" counts from (default: the local date).</summary>
    public static Option<string?> TodayOption() => new("--today") { Description = "The date relative durations count from, yyyy-MM-dd (default: today)." };

    public static DateOnly? ParseToday(string? text, CliConsole console)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        console.Error.WriteLine($"hipspine: --today must be a date yyyy-MM-dd, not '{text}'");
        return null;
    }

    /// <summary>The extractor, or null after printing why not (broken knowledge or lexicon).</summary>
    public static FreeTextExtractor? LoadExtractor(KnowledgeBase knowledge, CliConsole console)
    {
        var extractor = FreeTextExtractor.Create(knowledge);
        if (!extractor.HasErrors)
        {
            return extractor;
        }

        console.Error.WriteLine("hipspine: the lexicon has errors (run 'hipspine kb check'):");
        foreach (var d in extractor.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            console.Error.WriteLine("  " + d);
        }

        return null;
    }

    private static int Run(string? file, string? todayText, string? knowledgePath, CliConsole console)
    {
        if (ParseToday(todayText, console) is not { } today)
        {
            return CaseInput.InvalidInputExitCode;
        }

        if (CaseInput.ReadText(file, console) is not { } text)
        {
            return CaseInput.InvalidInputExitCode;
        }

        if (KnowledgeOption.Load(knowledgePath, console) is not { } knowledge || LoadExtractor(knowledge, console) is not { } extractor)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        var anyInvalid = false;
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (Read(line, n + 1, console) is not { } request)
            {
                anyInvalid = true;
                continue;
            }

            console.Out.WriteLine(ExtractionJson.Serialize(request.Id, extractor.Extract(request.Text, today, request.Age)));
        }

        return anyInvalid ? CaseInput.InvalidInputExitCode : 0;
    }

    private static ExtractionRequest? Read(string line, int number, CliConsole console)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var request = ExtractionRequest.Read(doc.RootElement, out var problems);
            foreach (var (field, message) in problems)
            {
                console.Error.WriteLine($"line {number}: {field}: {message}");
            }

            return request;
        }
        catch (JsonException ex)
        {
            console.Error.WriteLine($"line {number}: not valid JSON: {ex.Message}");
            return null;
        }
    }
}
