using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using HipSpine.Tests.Shared;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// One HipSpine instance as production runs it: <c>dotnet HipSpine.Web.dll</c> (built in this test's own
/// configuration) on a free loopback port, on the shared PostgreSQL database, trusting nginx's forwarded headers.
/// </summary>
internal static class WebNode
{
    public static ChildProcess Start(string instanceName, int port, string connectionString, string workingDirectory, IEnumerable<string> settings)
    {
        var configuration = typeof(WebNode).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(RepoPaths.Root, "src", "HipSpine.Web", "bin", configuration, "net10.0", "HipSpine.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is not built: run 'dotnet build -c {configuration}' first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        foreach (var arg in new[]
        {
            dll, "--contentRoot", Path.GetDirectoryName(dll)!, // its appsettings.json, as when deployed
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            "--Database:Provider", "PostgreSql", "--Database:ConnectionString", connectionString,
            "--Knowledge:Path", RepoPaths.Knowledge,
            "--Hosting:InstanceName", instanceName,
            "--Proxy:TrustedProxies:0", "127.0.0.1",
            // The test's browser talks plain HTTP to nginx; in production TLS ends at nginx and this stays true.
            "--Accounts:SecureCookie", "false",
            // Account mail (the confirmation link a sign-up waits for) to the local SMTP sink of scripts/services.
            "--Mail:Host", "127.0.0.1", "--Mail:Port", (HipSpine.Tests.Mail.SinkMail.Port ?? 9).ToString(CultureInfo.InvariantCulture), "--Mail:Security", "None",
        }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        return new ChildProcess(instanceName, start);
    }
}
