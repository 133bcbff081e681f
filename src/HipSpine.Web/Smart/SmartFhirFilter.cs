using HipSpine.Fhir;
using HipSpine.Web.Accounts;
using HipSpine.Web.Fhir;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Smart;

/// <summary>
/// What a bearer token may do on <c>/fhir</c>, checked before the endpoint runs (a session cookie passes untouched).
/// The token's account must still carry the stamp it was issued with (a password change ends every token). Public
/// endpoints need no scope; a signed-in GET needs a read scope, a signed-in POST (a transaction into one's own
/// record) a write scope: else 403 <c>insufficient_scope</c>.
/// </summary>
internal sealed class SmartFhirFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var user = http.User;
        if (!SmartAccess.IsToken(user))
        {
            return await next(context);
        }

        var users = http.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
        var account = user.UserId() is { } id ? await users.FindByIdAsync(id) : null;
        if (account is null || await users.GetSecurityStampAsync(account) != user.FindFirst(SmartAccess.StampClaim)?.Value)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"HipSpine\", error=\"invalid_token\", error_description=\"the account signed out everywhere or changed its password\"";
            return FhirApi.Fhir(FhirService.Invalid("the token's account has signed out everywhere or changed its password: authorise again"), StatusCodes.Status401Unauthorized);
        }

        var policy = http.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault();
        if (policy == Policies.Public)
        {
            return await next(context);
        }

        var write = HttpMethods.IsPost(http.Request.Method);
        if (write ? SmartAccess.MayWrite(user) && !SmartAccess.IsBackend(user) : SmartAccess.MayRead(user))
        {
            return await next(context);
        }

        var needed = write ? "patient/*.write" : "patient/*.read";
        http.Response.Headers.WWWAuthenticate = $"Bearer realm=\"HipSpine\", error=\"insufficient_scope\", scope=\"{needed}\"";
        return FhirApi.Fhir(FhirService.Invalid($"this token's scopes do not allow this request: it needs {needed} (or the user/ equivalent)"), StatusCodes.Status403Forbidden);
    }
}
