namespace HipSpine.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// Pages load nothing from elsewhere; the policy makes that a promise the browser enforces. The small
    /// body-map script is a file served from here, so no inline script needs to be allowed.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
}
