using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary>
/// One global limiter, partitioned by client IP address and by kind of request: POSTs under <c>/account/</c>
/// (sign in, sign up) get a strict window, <c>/api/</c> and <c>/fhir/</c> a generous one, pages none.
/// Rejections are 429 problem details with Retry-After.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddHipSpineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var limits = configured.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var path = context.Request.Path;
        if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            return Window("account:" + client, limits.Account);
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            return Window("api:" + client, limits.Api);
        }

        return RateLimitPartition.GetNoLimiter("pages");
    }

    private static RateLimitPartition<string> Window(string key, RateLimitOptions.FixedWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Try again in {seconds.ToString(CultureInfo.InvariantCulture)} seconds.",
            type: "https://tools.ietf.org/html/rfc6585#section-4").ExecuteAsync(http);
    }
}
