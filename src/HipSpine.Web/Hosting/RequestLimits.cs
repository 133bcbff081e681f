using System.Globalization;
using HipSpine.Fhir;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary>
/// Bodies larger than <c>Limits:MaxRequestBodySize</c> are refused with 413 problem details (an OperationOutcome under <c>/fhir</c>): at once when
/// Content-Length says so, and by Kestrel part-way through a chunked body (mapped to 413 by
/// <see cref="ErrorResponses"/> rather than 500).
/// </summary>
internal static class RequestLimits
{
    public static IServiceCollection AddHipSpineRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodySize);
        services.AddOptions<FormOptions>().Configure<IOptions<RequestLimitOptions>>((form, limits) =>
            form.MultipartBodyLengthLimit = limits.Value.MaxRequestBodySize);
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxRequestBodySize;
        return app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > limit && context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
            {
                // FHIR clients read an OperationOutcome, not problem details.
                await TypedResults.Text(
                    FhirService.Invalid($"the request is too large: requests may carry at most {limit.ToString(CultureInfo.InvariantCulture)} bytes"),
                    FhirService.ContentType,
                    statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }

            if (context.Request.ContentLength > limit)
            {
                await TypedResults.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "The request is too large",
                    detail: $"Requests may carry at most {limit.ToString(CultureInfo.InvariantCulture)} bytes.",
                    type: "https://tools.ietf.org/html/rfc9110#section-15.5.14").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next(context);
        });
    }
}
