using HipSpine.Data;
using HipSpine.Records;
using HipSpine.Records.Smart;
using HipSpine.Web.Accounts;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HipSpine.Web.Smart;

/// <summary>
/// <c>POST /connect/token</c> after OpenIddict has checked the client, the code and its PKCE verifier: the account
/// must still exist with the same security stamp (a password change or "sign out everywhere" ends its tokens), and
/// a backend's owner must still be a verified clinician. The response names the patient in context (<c>patient</c>)
/// and the user (<c>fhirUser</c>) as SMART clients expect.
/// </summary>
internal static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapSmartToken(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(SmartConfigurationApi.TokenPath, ExchangeAsync)
            .WithName("SmartToken").ExcludeFromDescription().DisableAntiforgery()
            .RequireAuthorization(Policies.Public); // the client authenticates to OpenIddict, not to a policy
        return routes;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, UserManager<IdentityUser> users, HipSpineDbContext db, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server did not handle this token request.");
        if (request.IsClientCredentialsGrantType())
        {
            var clientId = request.ClientId ?? "";
            var owner = await SmartClients.OwnerAsync(applications, clientId, context.RequestAborted) is { } ownerId ? await users.FindByIdAsync(ownerId) : null;
            var verified = owner is not null && (await SmartPrincipals.RolesOfAsync(users, owner)).Contains(Roles.Clinician)
                && await db.ClinicianProfiles.AsNoTracking().AnyAsync(p => p.UserId == owner.Id && p.VerifiedUtc != null, context.RequestAborted);
            if (!verified || request.GetScopes().Any(s => !SmartScopes.IsSystem(s)))
            {
                return Refuse(Errors.InvalidClient, "this client is not owned by a verified clinician, or asked for scopes other than system/*");
            }

            return Results.SignIn(await SmartPrincipals.ForBackendAsync(users, owner!, clientId, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "use authorization_code, refresh_token or client_credentials");
        }

        var earlier = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var user = earlier?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (earlier is null || user is null || earlier.GetClaim(SmartAccess.StampClaim) != await users.GetSecurityStampAsync(user))
        {
            return Refuse(Errors.InvalidGrant, "the account has signed out everywhere, changed its password or no longer exists: sign in again");
        }

        var principal = await SmartPrincipals.ForUserAsync(users, user, earlier.GetClaim(SmartAccess.ClientClaim) ?? request.ClientId ?? "",
            earlier.GetScopes(), earlier.HasClaim(SecondFactor.ClaimType, SecondFactor.ClaimValue), SmartConfigurationApi.Base(context.Request) + "/fhir");
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (principal.GetClaim(SmartAccess.PatientClaim) is { } patient)
        {
            parameters[SmartAccess.PatientClaim] = patient;
        }

        if (principal.GetClaim(SmartAccess.FhirUserClaim) is { } fhirUser)
        {
            parameters[SmartAccess.FhirUserClaim] = fhirUser;
        }

        return Results.SignIn(principal, new AuthenticationProperties(new Dictionary<string, string?>(), parameters), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
