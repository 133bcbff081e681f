namespace HipSpine.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// Pages load nothing from elsewhere, run no inline script and carry no inline style: the policy makes that
    /// a promise the browser enforces. Scripts and styles are files in <c>wwwroot</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>HipSpine uses none of these browser features, so no page (or anything injected) may.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// Sets the headers when the response starts, so they are also on responses written by the exception
    /// handler, the rate limiter and the status-code pages (the exception handler clears earlier headers).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                var context = ((HttpResponse)state).HttpContext;
                if (!IsPublicContent(context.Request.Path) && !StaticCaching.IsStaticFile(context))
                {
                    headers.CacheControl = "no-store"; // personal data (results, diary, plan, report, .ics, CSV, FHIR, account pages) is never cached
                }

                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });

    /// <summary>
    /// The same for everyone and free of personal data: the knowledge pages, the exercise drawings, the Questionnaire,
    /// the OpenAPI document (and every file of wwwroot, which <see cref="StaticCaching"/> marks).
    /// </summary>
    private static bool IsPublicContent(PathString path) =>
        path.StartsWithSegments("/learn", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/fhir/Questionnaire", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/exercises", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
}
