using System.Security.Claims;
using HipSpine.Records.Smart;
using OpenIddict.Abstractions;

namespace HipSpine.Web.Smart;

/// <summary>
/// What a bearer token lets its holder see, on top of what the account itself may see (<see cref="Clinician.Sharing"/>).
/// A session cookie is not limited here. A token with <c>patient/*</c> scopes reaches only the patient it was
/// issued for; <c>user/*</c> reaches what the account may see; <c>system/*</c> (a clinic's backend) reaches only
/// the records patients shared with the clinician who owns the client, never the clinician's own.
/// </summary>
internal static class SmartAccess
{
    /// <summary>The client a token was issued to; present in every access token HipSpine issues, so it marks one.</summary>
    public const string ClientClaim = "hipspine_client";

    /// <summary>The patient in context (launch/patient, patient/* scopes).</summary>
    public const string PatientClaim = "patient";

    public const string FhirUserClaim = "fhirUser";

    /// <summary>The account's security stamp when the token was issued: a changed password or a sign-out everywhere ends the token.</summary>
    public const string StampClaim = "hipspine_stamp";

    /// <summary>Marks a token of the client credentials grant (a backend acting for its owner).</summary>
    public const string BackendClaim = "hipspine_backend";

    public static bool IsToken(ClaimsPrincipal user) => user.HasClaim(c => c.Type == ClientClaim);

    public static bool IsBackend(ClaimsPrincipal user) => user.HasClaim(BackendClaim, "true");

    private static IEnumerable<string> Scopes(ClaimsPrincipal user) => user.GetScopes();

    /// <summary>The account may see its own record through this credential.</summary>
    public static bool MaySeeOwn(ClaimsPrincipal user, string userId) =>
        !IsToken(user)
        || Scopes(user).Any(s => SmartScopes.Reads(s, "user"))
        || (Scopes(user).Any(s => SmartScopes.Reads(s, "patient")) && user.FindFirst(PatientClaim)?.Value == userId);

    /// <summary>A clinician may see what patients shared through this credential.</summary>
    public static bool MaySeeShared(ClaimsPrincipal user) =>
        !IsToken(user) || Scopes(user).Any(s => SmartScopes.Reads(s, "user") || SmartScopes.Reads(s, "system"));

    public static bool MayRead(ClaimsPrincipal user) =>
        !IsToken(user) || Scopes(user).Any(s => SmartScopes.Reads(s, "patient") || SmartScopes.Reads(s, "user") || SmartScopes.Reads(s, "system"));

    public static bool MayWrite(ClaimsPrincipal user) => !IsToken(user) || Scopes(user).Any(SmartScopes.Writes);
}
