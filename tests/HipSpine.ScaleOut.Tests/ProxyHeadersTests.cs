using System.Net;
using System.Net.Sockets;
using HipSpine.Tests.Shared;
using Xunit.Abstractions;

namespace HipSpine.ScaleOut.Tests;

/// <summary>
/// Behind nginx every request reaches HipSpine from nginx's own address. With <c>Proxy:TrustedProxies</c> naming
/// nginx, the rate limits count each person's address (nginx's X-Forwarded-For) instead of lumping everyone
/// together, and a client cannot slip past its limit by sending an X-Forwarded-For of its own.
/// </summary>
public sealed class ProxyHeadersTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_account_rate_limit_counts_each_client_address_forwarded_by_nginx_and_ignores_forged_ones()
    {
        using var deployment = await Deployment.StartAsync(output, ["solo"], "--RateLimits:Account:PermitLimit", "3");
        using var first = ClientFrom(IPAddress.Parse("127.0.0.1"), deployment.Address);
        using var second = ClientFrom(IPAddress.Parse("127.0.0.2"), deployment.Address);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, await WrongPasswordAsync(first));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongPasswordAsync(first));
        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongPasswordAsync(first, forgedForwardedFor: "127.0.0.99"));
        Assert.Equal(HttpStatusCode.OK, await WrongPasswordAsync(second)); // another person behind the same nginx
    }

    private static async Task<HttpStatusCode> WrongPasswordAsync(HttpClient client, string? forgedForwardedFor = null)
    {
        var page = await client.GetStringAsync(new Uri("/account/signin", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/signin", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
            [
                new("Email", "nobody@example.org"),
                new("Password", "not the password at all"),
                new("__RequestVerificationToken", Html.Antiforgery(page)),
            ]),
        };
        if (forgedForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forgedForwardedFor);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A browser whose connections leave from <paramref name="source"/> (any 127.x address is this machine).</summary>
    private static HttpClient ClientFrom(IPAddress source, Uri baseAddress)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}
