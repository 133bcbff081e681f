using System.Security.Claims;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace HipSpine.Web.Accounts;

/// <summary>
/// The second factor (an authenticator app, RFC 6238 TOTP, or a recovery code). Identity marks a session signed in
/// with it by the claim <c>amr=mfa</c>; the clinician and administrator policies require it, and a clinician or
/// administrator without it is sent to set it up instead of being refused.
/// </summary>
public static class SecondFactor
{
    public const string ClaimType = "amr";

    public const string ClaimValue = "mfa";

    public const string SetUpPath = "/account/two-factor";

    /// <summary>This session was signed in with a second factor.</summary>
    public static bool Has(ClaimsPrincipal user) => user?.HasClaim(ClaimType, ClaimValue) == true;

    /// <summary>Roles that may act only with a second factor: they read or run other people's data.</summary>
    public static bool IsRequiredFor(ClaimsPrincipal user) => user is not null && (user.IsInRole(Roles.Clinician) || user.IsInRole(Roles.Admin));

    public static AuthorizationPolicyBuilder RequireSecondFactor(this AuthorizationPolicyBuilder policy) =>
        policy.RequireClaim(ClaimType, ClaimValue);
}

/// <summary>
/// What happens to a request a policy refuses. A signed-in account refused a page about someone's record (a patient
/// opening a clinician page of another patient's assessment) is recorded as denied against that record's owner. A
/// page refused only because the session lacks the second factor goes to the set-up page (which explains why), not
/// to a bare 403; everything else is the default handling.
/// </summary>
internal sealed class SecondFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await RecordRefusalAsync(context);
        }

        var onlySecondFactorMissing = authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure
            && failure.FailedRequirements.Any() && failure.FailedRequirements.All(r => r is ClaimsAuthorizationRequirement { ClaimType: SecondFactor.ClaimType });
        if (onlySecondFactorMissing && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(SecondFactor.SetUpPath + "?required=true");
            return;
        }

        await fallback.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The owner of the record the route addresses, from its <c>id</c> (a saved assessment) or <c>patientId</c>.</summary>
    private static async Task RecordRefusalAsync(HttpContext context)
    {
        var audit = context.RequestServices.GetRequiredService<Audit.AuditTrail>();
        var path = context.Request.Path.Value ?? "";
        var resource = path.EndsWith("/exam", StringComparison.OrdinalIgnoreCase) ? Data.AuditResources.Exam
            : path.StartsWith("/clinician/assessments/", StringComparison.OrdinalIgnoreCase) ? Data.AuditResources.PlanAdjustment
            : path.StartsWith("/clinician/patients/", StringComparison.OrdinalIgnoreCase) ? Data.AuditResources.PatientRecord
            : Data.AuditResources.Assessment;
        if (context.Request.RouteValues.TryGetValue("id", out var id) && Guid.TryParse(id?.ToString(), out var assessmentId))
        {
            await audit.DeniedAssessmentAsync(assessmentId, resource, context.RequestAborted);
        }
        else if (context.Request.RouteValues.TryGetValue("patientId", out var patient) && patient?.ToString() is { Length: > 0 } patientId)
        {
            await audit.DeniedPatientAsync(patientId, resource, context.RequestAborted);
        }
    }
}
