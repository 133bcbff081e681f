namespace HipSpine.Bench;

/// <summary>Where the benchmarks find the checkout and the labelled cases.</summary>
internal static class BenchPaths
{
    /// <summary>The repository root: the first folder up from the current one that holds HipSpine.slnx.</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HipSpine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the HipSpine checkout");
    }

    /// <summary>The published dev cases, copied into <c>tests/cases/dev</c>.</summary>
    public static string DevCases() => Path.Combine(FindRoot(), "tests", "cases", "dev");
}
