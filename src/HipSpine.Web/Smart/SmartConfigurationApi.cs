using HipSpine.Records.Smart;
using HipSpine.Web.Hosting;

namespace HipSpine.Web.Smart;

/// <summary>
/// SMART App Launch discovery (<c>/.well-known/smart-configuration</c>): where to authorise and exchange codes,
/// and what this server can do. Addresses are those the client reached, as in the FHIR API's links.
/// </summary>
internal static class SmartConfigurationApi
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";

    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static IEndpointRouteBuilder MapSmartConfiguration(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/smart-configuration", (HttpRequest request) => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Base(request) + "/",
                ["jwks_uri"] = Base(request) + "/.well-known/jwks",
                ["authorization_endpoint"] = Base(request) + AuthorizePath,
                ["token_endpoint"] = Base(request) + TokenPath,
                ["grant_types_supported"] = new[] { "authorization_code", "refresh_token", "client_credentials" },
                ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_basic", "client_secret_post" },
                ["response_types_supported"] = new[] { "code" },
                ["scopes_supported"] = SmartScopes.All,
                ["code_challenge_methods_supported"] = new[] { "S256" },
                ["capabilities"] = new[]
                {
                    "launch-standalone", "client-public", "client-confidential-symmetric", "context-standalone-patient",
                    "permission-patient", "permission-user", "permission-offline", "permission-v1", "permission-v2", "sso-openid-connect",
                },
            }))
            .WithName("SmartConfiguration")
            .WithSummary("SMART App Launch discovery")
            .RequireAuthorization(Policies.Public);
        return routes;
    }
}
