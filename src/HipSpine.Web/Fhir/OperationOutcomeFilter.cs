using HipSpine.Fhir;

namespace HipSpine.Web.Fhir;

/// <summary>
/// The one place where an unexpected exception under <c>/fhir</c> becomes a FHIR OperationOutcome (500),
/// logged with its trace id and never showing a stack trace. A bad request the server detects (e.g. a body
/// too large) keeps its own status code.
/// </summary>
internal sealed partial class OperationOutcomeFilter(ILogger<OperationOutcomeFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            return FhirApi.Fhir(FhirService.Problem("the request could not be read: " + ex.Message), ex.StatusCode);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, ex, http.Request.Path, http.TraceIdentifier);
            return FhirApi.Fhir(FhirService.ServerError(http.TraceIdentifier), StatusCodes.Status500InternalServerError);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on FHIR endpoint {Path} (trace id {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, PathString path, string traceId);
}
