using System.Net;

// Usage: dotnet run -c Release --project bench/HipSpine.Load -- URL [--connections N] [--seconds S] [--body FILE]
//        dotnet run -c Release --project bench/HipSpine.Load -- BASE-URL --diary [--connections N] [--seconds S] [--verify-sqlite DB]
// Sends GET (or POST with --body, as application/json) from N concurrent loops for S seconds, only to
// loopback addresses, then prints one line: connections, requests, errors, requests/s, p50 and p99 ms.
// --diary: each loop signs up its own account through the pages, starts a plan, then posts diary entries
// (DiaryLoad.cs); at the end every account's stored entries are checked against the acknowledged writes.
var options = LoadOptions.Parse(args);
if (!options.Url.IsLoopback)
{
    Console.Error.WriteLine("hipspine-load: only loopback targets are allowed (127.0.0.0/8, localhost, [::1])");
    return 2;
}

if (options.Diary)
{
    return await DiaryLoad.RunAsync(options).ConfigureAwait(false);
}

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
var body = options.BodyFile is null ? null : File.ReadAllBytes(options.BodyFile);
var summary = await LoadRun.RunAsync(options.Connections, options.Seconds, async (_, cancellationToken) =>
{
    using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, options.Url);
    if (body is not null)
    {
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new("application/json");
    }

    using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    return response.StatusCode == HttpStatusCode.OK;
}).ConfigureAwait(false);
Console.WriteLine(summary);
return summary.Errors == 0 ? 0 : 1;
