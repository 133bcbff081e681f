using System.Security.Claims;
using HipSpine.Records;
using HipSpine.Records.Smart;
using HipSpine.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HipSpine.Web.Smart;

/// <summary>
/// The identity a token carries: the same account id, roles and second-factor mark as the session cookie, so the
/// FHIR endpoints decide and audit exactly as for a signed-in browser; plus the client, the patient in context and
/// the account's security stamp. Built afresh from the database at every token request (a refresh sees role changes).
/// </summary>
internal static class SmartPrincipals
{
    public static async Task<ClaimsPrincipal> ForUserAsync(
        UserManager<IdentityUser> users, IdentityUser user, string clientId, IEnumerable<string> scopes, bool secondFactor, string fhirBase)
    {
        var granted = scopes.ToHashSet(StringComparer.Ordinal);
        var identity = Identity(user.Id, clientId, await users.GetSecurityStampAsync(user));
        var roles = await RolesOfAsync(users, user);
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(Claims.Role, role));
        }

        if (secondFactor)
        {
            identity.AddClaim(new Claim(SecondFactor.ClaimType, SecondFactor.ClaimValue));
        }

        if (granted.Contains(SmartScopes.LaunchPatient))
        {
            identity.AddClaim(new Claim(SmartAccess.PatientClaim, user.Id)); // the signed-in person's own record: a standalone launch has no patient picker
        }

        if (granted.Contains(SmartScopes.FhirUser))
        {
            var type = roles.Contains(Roles.Clinician) ? "Practitioner" : "Patient";
            identity.AddClaim(new Claim(SmartAccess.FhirUserClaim, $"{fhirBase}/{type}/{user.Id}"));
        }

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(granted);
        principal.SetDestinations(DestinationsOf);
        return principal;
    }

    /// <summary>A backend (client credentials) acting for the clinician who owns the client, read only.</summary>
    public static async Task<ClaimsPrincipal> ForBackendAsync(UserManager<IdentityUser> users, IdentityUser owner, string clientId, IEnumerable<string> scopes)
    {
        var identity = Identity(owner.Id, clientId, await users.GetSecurityStampAsync(owner));
        identity.AddClaim(new Claim(Claims.Role, Roles.Clinician));
        identity.AddClaim(new Claim(SmartAccess.BackendClaim, "true"));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(DestinationsOf);
        return principal;
    }

    /// <summary>The account's roles: kept as role claims of the user (as the session cookie carries them), not Identity roles.</summary>
    public static async Task<IReadOnlyList<string>> RolesOfAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        [.. (await users.GetClaimsAsync(user)).Where(c => c.Type == ClaimTypes.Role).Select(c => c.Value)];

    private static ClaimsIdentity Identity(string userId, string clientId, string? stamp)
    {
        var identity = new ClaimsIdentity(authenticationType: "HipSpine.Smart", nameType: Claims.Name, roleType: Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, userId));
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId));
        identity.AddClaim(new Claim(SmartAccess.ClientClaim, clientId));
        identity.AddClaim(new Claim(SmartAccess.StampClaim, stamp ?? ""));
        return identity;
    }

    /// <summary>Access tokens (encrypted: only HipSpine reads them) carry everything; the id token only who the person is.</summary>
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Subject or SmartAccess.FhirUserClaim => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
