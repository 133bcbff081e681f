using HipSpine.Records.Smart;
using Microsoft.AspNetCore.Cors.Infrastructure;
using OpenIddict.Abstractions;

namespace HipSpine.Web.Smart;

/// <summary>
/// CORS for the origins of registered clients only, read from the database at each cross-origin request (a client
/// added or removed counts at once), and only where a browser app needs it: <c>/fhir</c>, the token endpoint and the
/// discovery documents. Credentials (the account cookie) are never allowed cross-origin: a browser app uses its token.
/// </summary>
internal sealed class SmartCorsPolicy : ICorsPolicyProvider
{
    private static readonly string[] Paths = ["/fhir", SmartConfigurationApi.TokenPath, "/.well-known"];

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Paths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var applications = context.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
        if (!(await SmartClients.AllOriginsAsync(applications, context.RequestAborted)).Contains(origin))
        {
            return null;
        }

        return new CorsPolicyBuilder()
            .WithOrigins(origin)
            .WithMethods("GET", "HEAD", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "If-None-Match", "Prefer")
            .WithExposedHeaders("ETag", "Last-Modified", "Location", "Content-Location", "WWW-Authenticate")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))
            .Build();
    }
}
