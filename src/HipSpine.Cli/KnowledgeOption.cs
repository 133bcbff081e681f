using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli;

/// <summary>Loads the knowledge base for a command, printing its errors when it cannot.</summary>
internal static class KnowledgeOption
{
    public const int BrokenKnowledgeExitCode = 1;

    public static KnowledgeBase? Load(string? path, CliConsole console)
    {
        var result = KnowledgeLoader.Load(KnowledgeLoader.Locate(path));
        if (result.Knowledge is null)
        {
            console.Error.WriteLine("hipspine: the knowledge base has errors (run 'hipspine kb check'):");
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine("  " + error);
            }
        }

        return result.Knowledge;
    }
}
