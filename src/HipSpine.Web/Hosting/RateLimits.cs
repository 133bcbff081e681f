using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary>
/// One global limiter, partitioned by kind of request: signed-out POSTs under <c>/account/</c> (sign in, sign up,
/// password reset) get a strict window per client address; a signed-in account's POSTs a window of its own (per
/// account, so nobody sharing its address can use it up), with a stricter one for share-code redemption;
/// <c>/api/</c> and <c>/fhir/</c> a generous one per address; other pages none. Withdrawing a clinician's access is
/// never limited. Runs after authentication, to know the account. Rejections are 429 problem details with Retry-After.
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
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null;
        if (HttpMethods.IsPost(context.Request.Method) && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            if (IsWithdrawal(context.Request))
            {
                return RateLimitPartition.GetNoLimiter("withdraw");
            }

            if (user is not null)
            {
                return path.StartsWithSegments("/clinician/redeem", StringComparison.OrdinalIgnoreCase)
                    ? Window("redeem:" + user, limits.Redeem)
                    : Window("user:" + user, limits.SignedIn);
            }

            if (path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
            {
                return Window("account:" + client, limits.Account);
            }
        }

        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            return Window("api:" + client, limits.Api);
        }

        return RateLimitPartition.GetNoLimiter("pages");
    }

    /// <summary>"Withdraw access" on the sharing page: a patient must always be able to take access back.</summary>
    private static bool IsWithdrawal(HttpRequest request) =>
        request.Path.Equals("/account/sharing", StringComparison.OrdinalIgnoreCase)
        && string.Equals(request.Query["handler"], "revoke", StringComparison.OrdinalIgnoreCase);

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
