using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>
/// The in-memory test server has no client address; this gives each test client one (a header read by a
/// startup filter ahead of the app's own middleware), so "from where" in the audit trail can be checked.
/// </summary>
internal sealed class ClientAddress : IStartupFilter
{
    private const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>The app on SQLite, reading each client's address from its header.</summary>
    public static HipSpineApp App() => new(configure: b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ClientAddress>()));

    /// <summary>A browser whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient BrowserFrom(HipSpineApp app, string address)
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
