using HipSpine.Records;
using HipSpine.Web.Accounts;
using HipSpine.Web.Clinician;
using Microsoft.AspNetCore.Authorization;

namespace HipSpine.Web.Hosting;

/// <summary>
/// The named authorization policies. Every page and endpoint declares exactly one of them (the authorization
/// matrix test fails an endpoint that declares none). Ownership of a patient's records is still checked in code
/// (<see cref="Sharing"/>): a policy says who may call an endpoint at all, the owner check says whose data.
/// </summary>
public static class Policies
{
    /// <summary>
    /// Anyone, signed in or not. Such endpoints never show an account's data; a result saved without an account
    /// is shown only to whoever holds its private link (the unguessable id).
    /// </summary>
    public const string Public = "public";

    /// <summary>Any signed-in account; data is limited to the caller's own (or shared with a clinician).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Accounts in the clinician role, signed in with a second factor.</summary>
    public const string Clinician = "clinician";

    /// <summary>Accounts in the administrator role, signed in with a second factor: running the service, never reading patient records.</summary>
    public const string Admin = "admin";

    /// <summary>Every policy name, for the authorization matrix test.</summary>
    public static IReadOnlyList<string> All { get; } = [Public, SignedIn, Clinician, Admin];

    public static IServiceCollection AddHipSpinePolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Public, p => p.RequireAssertion(_ => true))
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Clinician, p => p.RequireAuthenticatedUser().RequireRole(Roles.Clinician).RequireSecondFactor())
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin).RequireSecondFactor())
            .Services
            .AddSingleton<IAuthorizationMiddlewareResultHandler, SecondFactorRedirect>()
            .AddAuthorizationRefusals();
}
