using HipSpine.Fhir;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Hosting;

/// <summary>
/// What a refused request gets. A browser that is not signed in is sent to the sign-in page (the cookie's
/// default); a program calling <c>/api</c> or <c>/fhir</c> gets 401 instead, since it cannot follow a
/// sign-in form. A signed-in account without the role a policy needs gets 403, never the sign-in page:
/// signing in again would not help.
/// </summary>
internal static class AuthorizationRefusals
{
    public static IServiceCollection AddAuthorizationRefusals(this IServiceCollection services) =>
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var redirectToSignIn = o.Events.OnRedirectToLogin;
            o.Events.OnRedirectToLogin = context => IsApi(context.Request)
                ? RefuseAsync(context, StatusCodes.Status401Unauthorized, "sign in first: this needs an account")
                : redirectToSignIn(context);
            o.Events.OnRedirectToAccessDenied = context =>
                RefuseAsync(context, StatusCodes.Status403Forbidden, "this account may not use this endpoint");
        });

    private const string AccountServicesSignIn = "/account/signin";

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase);

    /// <summary>The status code alone (the status code pages fill in the body), or a FHIR OperationOutcome under /fhir.</summary>
    private static Task RefuseAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string message)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            // RFC 9110: a 401 names how to authenticate: the account session, signed in at the form, and under /fhir
            // also a SMART bearer token (RFC 6750).
            var cookie = $"Cookie realm=\"HipSpine\", form=\"{AccountServicesSignIn}\"";
            response.Headers.WWWAuthenticate = context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase)
                ? new Microsoft.Extensions.Primitives.StringValues(["Bearer realm=\"HipSpine\"", cookie])
                : cookie;
        }

        if (!context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        response.ContentType = FhirService.ContentType;
        return response.WriteAsync(FhirService.Invalid(message), context.HttpContext.RequestAborted);
    }
}
