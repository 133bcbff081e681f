using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary>
/// The shared part of commands that take cases: read FILE or standard input, load the knowledge, validate
/// each case (problems to standard error, nothing to standard output for that case), hand on the valid ones.
/// </summary>
internal static class CaseInput
{
    public const int InvalidInputExitCode = 2;

    /// <summary>FILE, or standard input for '-' or nothing; null after saying why it cannot be read.</summary>
    public static string? ReadText(string? file, CliConsole console)
    {
        try
        {
            return file is null or "-" ? console.In.ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"hipspine: cannot read {file}: {ex.Message}");
            return null;
        }
    }

    public static int ForEachCase(string? file, string? knowledgePath, CliConsole console, Action<KnowledgeBase, AssessmentCase> handle)
    {
        if (ReadText(file, console) is not { } text)
        {
            return InvalidInputExitCode;
        }

        var knowledge = KnowledgeOption.Load(knowledgePath, console);
        if (knowledge is null)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

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

            handle(knowledge, read.Case!);
        }

        return anyInvalid ? InvalidInputExitCode : 0;
    }
}
