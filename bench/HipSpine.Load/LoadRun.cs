using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>
/// Runs one request function from N concurrent loops until the time is up and summarises: requests, errors,
/// requests/s, p50 and p99 latency. A request that throws (refused, reset, timed out) counts as an error.
/// </summary>
internal static class LoadRun
{
    /// <summary>One request of loop <c>i</c>; true when the response was the expected one.</summary>
    public delegate Task<bool> Request(int loop, CancellationToken cancellationToken);

    public static async Task<LoadSummary> RunAsync(int connections, int seconds, Request request)
    {
        var latencies = new List<double>[connections];
        var errors = 0;
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var loops = Enumerable.Range(0, connections).Select(async i =>
        {
            var mine = latencies[i] = new List<double>(4096);
            while (stop.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await request(i, CancellationToken.None).ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }
                catch (TaskCanceledException)
                {
                    ok = false; // HttpClient's timeout
                }

                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }).ToArray();
        await Task.WhenAll(loops).ConfigureAwait(false);
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadSummary(connections, all.Length, errors, all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>The one-line result scripts read (<c>key=value</c> pairs).</summary>
internal sealed record LoadSummary(int Connections, int Requests, int Errors, double RequestsPerSecond, double P50, double P99)
{
    public override string ToString()
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"connections={Connections} requests={Requests} errors={Errors} ");
        line.Append(CultureInfo.InvariantCulture, $"rps={RequestsPerSecond:0} p50_ms={P50:0.00} p99_ms={P99:0.00}");
        return line.ToString();
    }
}
