using Microsoft.AspNetCore.Diagnostics;

namespace HipSpine.Web.Hosting;

/// <summary>
/// What <c>app.UseExceptionHandler()</c> writes: problem details in every environment and for every Accept
/// header (the default writer sends an empty body to browsers), with a trace id to find the log entry and
/// never the exception's type, message or stack. A body the server refused to read keeps its 4xx status.
/// </summary>
/// <remarks>
/// In Development ASP.NET Core also adds its developer exception page, but outside this handler, so it only
/// sees an exception thrown by the handler itself.
/// </remarks>
internal static class ErrorResponses
{
    public static IServiceCollection AddHipSpineErrorResponses(this IServiceCollection services) =>
        services.Configure<ExceptionHandlerOptions>(o =>
        {
            o.StatusCodeSelector = Status;
            o.ExceptionHandler = WriteAsync;
        });

    private static int Status(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    private static Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = exception is null ? StatusCodes.Status500InternalServerError : Status(exception);
        return TypedResults.Problem(
            statusCode: status,
            title: status == StatusCodes.Status500InternalServerError ? "Something went wrong on our side" : "The request could not be read",
            detail: status == StatusCodes.Status500InternalServerError
                ? "The error was logged. Please try again later; quote the trace id if you report it."
                : "The request was refused before it was processed (for example, it was too large).",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["traceId"] = context.TraceIdentifier })
            .ExecuteAsync(context);
    }
}
