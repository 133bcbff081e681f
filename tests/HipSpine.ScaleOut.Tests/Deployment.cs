using System.Globalization;
using Xunit.Abstractions;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// HipSpine instances on a fresh PostgreSQL database behind nginx, all on loopback, as docs/deployment.md describes.
/// Dispose kills every process it started (also when the test failed) and writes their logs to the test output.
/// </summary>
internal sealed class Deployment : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-scaleout-").FullName;
    private readonly List<ChildProcess> processes = [];
    private readonly ScratchDatabase database;

    private Deployment(ITestOutputHelper output, ScratchDatabase database)
    {
        this.output = output;
        this.database = database;
    }

    public ScratchDatabase Database => database;

    public IReadOnlyList<ChildProcess> Instances => processes.Where(p => p.Name != "nginx").ToArray();

    /// <summary>Nginx's address: what a person's browser talks to.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the named instances all at once (each with the extra settings), waits for them, then nginx.</summary>
    public static async Task<Deployment> StartAsync(ITestOutputHelper output, IReadOnlyList<string> instanceNames, params string[] settings)
    {
        var server = Prerequisites.PostgresServer();
        Prerequisites.RequireNginx();
        var deployment = new Deployment(output, new ScratchDatabase(server));
        try
        {
            var ports = instanceNames.Select(_ => ChildProcess.FreeLoopbackPort()).ToArray();
            var instances = instanceNames.Select((name, i) =>
                deployment.Started(WebNode.Start(name, ports[i], deployment.database.ConnectionString, deployment.folder, settings))).ToArray();
            // Readiness waits, not speed checks: generous because a loaded CI machine starts web nodes slowly.
            await Task.WhenAll(instances.Select((instance, i) => instance.WaitUntilHealthyAsync(Loopback(ports[i], "/healthz"), TimeSpan.FromMinutes(3))));

            var nginxPort = ChildProcess.FreeLoopbackPort();
            var nginx = deployment.Started(Nginx.Start(deployment.folder, nginxPort, ports));
            deployment.Address = Loopback(nginxPort, "/");
            await nginx.WaitUntilHealthyAsync(Loopback(nginxPort, "/healthz"), TimeSpan.FromSeconds(30));
            return deployment;
        }
        catch
        {
            deployment.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var process in Enumerable.Reverse(processes))
        {
            process.Dispose();
            output.WriteLine(process.Output);
        }

        var errorLog = Path.Combine(folder, "error.log");
        if (File.Exists(errorLog))
        {
            output.WriteLine("--- nginx error.log ---\n" + File.ReadAllText(errorLog));
        }

        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private ChildProcess Started(ChildProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static Uri Loopback(int port, string path) => new($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}{path}");
}
