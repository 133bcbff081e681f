using System.Diagnostics;

namespace HipSpine.Tests.Shared;

/// <summary>
/// tools/fhir-clients: the npm project of FHIR clients other people wrote (NLM's LHC-Forms, FHIR.js's validator)
/// that the tests run against HipSpine, and Node.js to run them. scripts/install-prerequisites installs the packages
/// with <c>npm ci</c>; a test that finds them missing fails saying so (it never skips).
/// </summary>
internal static class FhirClients
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "tools", "fhir-clients");

    /// <summary>The installed copy of an npm package of the folder, e.g. <c>lforms</c>; throws saying what to run when it is missing.</summary>
    public static string Package(string name)
    {
        var folder = Path.Combine(Folder, "node_modules", name);
        if (!File.Exists(Path.Combine(folder, "package.json")))
        {
            throw new InvalidOperationException(
                $"The npm package {name} is not installed in {Folder}: run scripts/install-prerequisites (it runs `npm ci` there).");
        }

        return folder;
    }

    /// <summary>Runs <c>node SCRIPT ARGS</c> in the folder: exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> NodeAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Node())
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Node.js on the PATH (Debian's nodejs; scripts/install-prerequisites installs it when missing).</summary>
    private static string Node()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("node (Node.js) is not on the PATH: run scripts/install-prerequisites (it installs nodejs and npm).");
    }
}
