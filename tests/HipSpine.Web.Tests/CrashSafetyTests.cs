using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using HipSpine.Data.Backup;
using HipSpine.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace HipSpine.Web.Tests;

/// <summary>
/// HipSpine as a real process, killed with SIGKILL while several clients save results: after a restart on the
/// same SQLite file every save that was acknowledged (302 to the saved result) is still there and the file
/// passes integrity_check. A process kill tests crash safety, not power loss (see docs/reliability.md).
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipspine-crash-").FullName;

    private string DatabasePath => Path.Combine(folder, "crash.db");

    [Fact]
    public async Task Every_acknowledged_save_survives_a_SIGKILL_and_the_database_stays_intact()
    {
        var acknowledged = new ConcurrentBag<string>();
        using (var first = await WebProcess.StartAsync(folder, DatabasePath))
        {
            using var stop = new CancellationTokenSource();
            var clients = Enumerable.Range(0, 4).Select(_ => SaveUntilFailureAsync(first.BaseAddress, acknowledged, stop.Token)).ToArray();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 60 && DateTime.UtcNow < deadline && !clients.All(c => c.IsCompleted))
            {
                await Task.Delay(20);
            }

            first.Kill(); // SIGKILL part-way: requests in flight are never acknowledged
            await Task.WhenAll(clients);
            await stop.CancelAsync();
        }

        Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} saves were acknowledged before the kill");
        using (var second = await WebProcess.StartAsync(folder, DatabasePath))
        {
            using var client = new HttpClient { BaseAddress = second.BaseAddress };
            foreach (var location in acknowledged)
            {
                using var response = await client.GetAsync(new Uri(location, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location} was acknowledged but is {(int)response.StatusCode} after the restart");
            }
        }

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        Assert.Null(SqliteBackup.IntegrityProblem(connection));
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM SavedAssessments";
        Assert.True(Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) >= acknowledged.Count);
    }

    /// <summary>One browser: answers every question once, then presses "Save this result" until the server dies.</summary>
    private static async Task SaveUntilFailureAsync(Uri server, ConcurrentBag<string> acknowledged, CancellationToken cancellationToken)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            var form = await client.GetStringAsync(new Uri("/assess/all", UriKind.Relative), cancellationToken);
            var fields = FormPost.AnswerAll(form, "unsure", new Dictionary<string, string> { ["where.groin"] = "true" });
            fields.Add(new("age", "58"));
            fields.Add(new("sex", "male"));
            var result = await client.PostOkAsync("/assess/all", form, fields);
            var state = Html.State(result);
            while (!cancellationToken.IsCancellationRequested)
            {
                using var saved = await client.PostAsync("/assessments", result, [new("state", state)]);
                Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
                acknowledged.Add(saved.Headers.Location!.ToString());
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            // the server was killed
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary><c>dotnet HipSpine.Web.dll</c> on a free loopback port, built in this test's own configuration.</summary>
    private sealed class WebProcess : IDisposable
    {
        private readonly Process process;

        private WebProcess(Process process, Uri baseAddress)
        {
            this.process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<WebProcess> StartAsync(string workingDirectory, string database)
        {
            var configuration = typeof(CrashSafetyTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var dll = Path.Combine(RepoPaths.Root, "src", "HipSpine.Web", "bin", configuration, "net10.0", "HipSpine.Web.dll");
            if (!File.Exists(dll))
            {
                throw new InvalidOperationException($"{dll} is not built: run 'dotnet build -c {configuration}' first.");
            }

            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            };
            foreach (var arg in new[]
            {
                dll, "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
                "--Database:Provider", "Sqlite", "--Database:ConnectionString", $"Data Source={database}",
                "--Knowledge:Path", RepoPaths.Knowledge,
            })
            {
                start.ArgumentList.Add(arg);
            }

            var process = Process.Start(start)!;
            var log = new ConcurrentQueue<string>();
            process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
            process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var web = new WebProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
            using var probe = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
            // A readiness wait, not a speed check: on a loaded CI machine the first start (migrations, key ring,
            // knowledge) once took over a minute, so the wait is generous and ends early when the process exits.
            for (var deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline && !process.HasExited;)
            {
                try
                {
                    using var health = await probe.GetAsync(new Uri("/healthz", UriKind.Relative));
                    if (health.IsSuccessStatusCode)
                    {
                        return web;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(100);
                }
            }

            web.Dispose();
            throw new InvalidOperationException("HipSpine.Web did not start:\n" + string.Join("\n", log));
        }

        public void Kill()
        {
            process.Kill(entireProcessTree: true); // SIGKILL on Linux: no shutdown code runs
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                Kill();
            }

            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
