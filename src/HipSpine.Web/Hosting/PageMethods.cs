using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Hosting;

/// <summary>
/// Razor Pages match a route whatever the method, and run a page without a handler for methods it has none for
/// (TRACE, OPTIONS, PUT, ...), which showed an empty page or failed with 500. Pages take GET, HEAD and POST only:
/// anything else is 405 with <c>Allow</c>, before any page code runs. Minimal API endpoints declare their methods
/// and get 405 from routing already.
/// </summary>
internal static class PageMethods
{
    private const string Allowed = "GET, HEAD, POST";

    public static IApplicationBuilder UsePageMethodsOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null
            && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsPost(method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            return;
        }

        await next(context);
    });
}
