using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary><c>Proxy</c>: the reverse proxies (nginx) whose forwarded headers are believed.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>
    /// Addresses (<c>127.0.0.1</c>) or networks (<c>10.0.0.0/24</c>) of the proxies in front of HipSpine. Empty (the
    /// default): X-Forwarded-For and X-Forwarded-Proto are ignored, because anyone could send them.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];
}

/// <summary><c>Hosting</c>: how this instance presents itself.</summary>
public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>When set, every response carries it as X-HipSpine-Instance: printable ASCII without spaces, at most 100 characters.</summary>
    [RegularExpression(@"^[\x21-\x7E]{1,100}$", ErrorMessage = "Hosting:InstanceName must be 1-100 printable ASCII characters without spaces.")]
    public string? InstanceName { get; set; }
}

/// <summary>
/// Behind a proxy every request comes from the proxy's address over plain HTTP. With <c>Proxy:TrustedProxies</c>
/// set, requests from those addresses take the client address and scheme from X-Forwarded-For and
/// X-Forwarded-Proto (the last hop only), so rate limits count per person and HTTPS redirection and secure cookies
/// see HTTPS. Also <c>Hosting:InstanceName</c>: when set, every response names the instance that served it
/// (X-HipSpine-Instance), to tell the nodes of a scaled-out deployment apart.
/// </summary>
internal static class Proxy
{
    public const string InstanceHeader = "X-HipSpine-Instance";

    public static IServiceCollection AddHipSpineProxy(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.TrustedProxies.All(p => TryParse(p, out _)),
                "Proxy:TrustedProxies: every entry must be an IP address (127.0.0.1) or a network (10.0.0.0/24).")
            .ValidateOnStart();
        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1; // only the hop our own proxy appended; earlier entries are the client's word
            forwarded.KnownProxies.Clear(); // the framework trusts loopback by default; we trust only what is configured
            forwarded.KnownIPNetworks.Clear();
            foreach (var entry in proxy.Value.TrustedProxies)
            {
                _ = TryParse(entry, out var network);
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline: everything after it (rate limits, HTTPS redirection, cookies) sees the client.</summary>
    public static IApplicationBuilder UseHipSpineProxy(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.TrustedProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.InstanceName is { Length: > 0 } instance)
        {
            app.Use((context, next) =>
            {
                // Set as the response starts, so error and status-code pages carry it too.
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[InstanceHeader] = instance;
                    return Task.CompletedTask;
                });
                return next(context);
            });
        }

        return app;
    }

    private static bool TryParse(string entry, out System.Net.IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var address))
        {
            network = new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return System.Net.IPNetwork.TryParse(entry, out network);
    }
}
