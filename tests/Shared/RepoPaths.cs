namespace HipSpine.Tests.Shared;

/// <summary>Where things are in a checkout, found from the test binary upwards (no fixed paths).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string OwnCases => Path.Combine(Root, "tests", "cases", "own");

    /// <summary>The published development cases, copied into the repository.</summary>
    public static string DevCases => Path.Combine(Root, "tests", "cases", "dev");

    /// <summary>Published cases encoded blind and frozen; never used to tune the knowledge.</summary>
    public static string HeldOutCases => Path.Combine(Root, "tests", "cases", "heldout");


    /// <summary>A private copy of the knowledge base, for tests that break it on purpose.</summary>
    public static string CopyKnowledge()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hipspine-kb-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Knowledge, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HipSpine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find HipSpine.slnx above " + AppContext.BaseDirectory);
    }
}
