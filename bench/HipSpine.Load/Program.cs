using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

// Usage: dotnet run -c Release --project bench/HipSpine.Load -- URL [--connections N] [--seconds S] [--body FILE]
// Sends GET (or POST with --body, as application/json) from N concurrent loops for S seconds, only to
// loopback addresses, then prints one line: connections, requests, errors, requests/s, p50 and p99 ms.
var options = LoadOptions.Parse(args);
if (!options.Url.IsLoopback)
{
    Console.Error.WriteLine("hipspine-load: only loopback targets are allowed (127.0.0.0/8, localhost, [::1])");
    return 2;
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
var body = options.BodyFile is null ? null : File.ReadAllBytes(options.BodyFile);
var latencies = new List<double>[options.Connections];
var errors = 0;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(options.Seconds);

var loops = Enumerable.Range(0, options.Connections).Select(async i =>
{
    var mine = latencies[i] = new List<double>(4096);
    while (stop.Elapsed < deadline)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, options.Url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new("application/json");
            }

            using var response = await client.SendAsync(request).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref errors);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref errors);
        }
        catch (TaskCanceledException)
        {
            Interlocked.Increment(ref errors);
        }

        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}).ToArray();
await Task.WhenAll(loops).ConfigureAwait(false);
var elapsed = stop.Elapsed.TotalSeconds;

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
var line = new StringBuilder();
line.Append(CultureInfo.InvariantCulture, $"connections={options.Connections} requests={all.Length} errors={errors} ");
line.Append(CultureInfo.InvariantCulture, $"rps={all.Length / elapsed:0} p50_ms={Percentile(0.50):0.00} p99_ms={Percentile(0.99):0.00}");
Console.WriteLine(line.ToString());
return errors == 0 ? 0 : 1;

/// <summary>Command-line options of the load generator.</summary>
internal sealed record LoadOptions(Uri Url, int Connections, int Seconds, string? BodyFile)
{
    public static LoadOptions Parse(string[] args)
    {
        var url = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5000/healthz");
        int connections = 1, seconds = 10;
        string? body = null;
        for (var i = 1; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--connections": connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--body": body = args[++i]; break;
            }
        }

        return new LoadOptions(url, Math.Clamp(connections, 1, 512), Math.Clamp(seconds, 1, 600), body);
    }
}
