using HipSpine.Data;
using HipSpine.Records.Smart;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace HipSpine.Web.Smart;

/// <summary>
/// The SMART on FHIR authorization server (OpenIddict): authorization code with PKCE (S256 only), refresh tokens
/// for offline_access, client credentials for a clinic's backend; clients, authorizations and tokens in the HipSpine
/// database. Bearer tokens are accepted on <c>/fhir</c> beside the session cookie (<see cref="CookieOrBearer"/>).
/// </summary>
internal static class SmartServices
{
    /// <summary>The default scheme: a bearer token under /fhir, else the account cookie.</summary>
    public const string CookieOrBearer = "HipSpine.CookieOrBearer";

    public static IServiceCollection AddHipSpineSmart(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmartOptions>().BindConfiguration(SmartOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var smart = configuration.GetSection(SmartOptions.Section).Get<SmartOptions>() ?? new SmartOptions();
        services.AddHipSpineClientStore();
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris(SmartConfigurationApi.AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(SmartConfigurationApi.TokenPath.TrimStart('/'))
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks");
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                o.RequireProofKeyForCodeExchange();
                o.RegisterScopes([.. SmartScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(smart.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(smart.RefreshTokenDays));
                var aspNetCore = o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough();
                if (!smart.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement(); // plain-HTTP development only (Smart:RequireHttps=false)
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.EnableAuthorizationEntryValidation(); // a removed client or a revoked authorization ends its tokens at once
                o.EnableTokenEntryValidation();
            });

        // S256 only: "plain" PKCE protects nothing against an intercepted code. Keys from files, never development certificates.
        services.AddOptions<OpenIddictServerOptions>().Configure<IOptions<SmartOptions>, IOptions<DatabaseOptions>>((o, smartOptions, database) =>
        {
            o.CodeChallengeMethods.Remove(OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Plain);
            var folder = SmartKeys.Folder(smartOptions.Value, database.Value);
            var signing = SmartKeys.Load(folder, "signing");
            var encryption = SmartKeys.Load(folder, "encryption");
            o.SigningCredentials.Add(new SigningCredentials(signing, SecurityAlgorithms.RsaSha256));
            o.EncryptionCredentials.Add(new EncryptingCredentials(encryption, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        });

        services.AddAuthentication(o =>
            {
                o.DefaultAuthenticateScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Account cookie, or a SMART bearer token under /fhir", o => o.ForwardDefaultSelector = context =>
                IsBearer(context.Request) ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme : IdentityConstants.ApplicationScheme);

        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, SmartCorsPolicy>();
        return services;
    }

    private static bool IsBearer(HttpRequest request) =>
        request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase)
        && request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapSmart(this IEndpointRouteBuilder routes) =>
        routes.MapSmartConfiguration().MapSmartToken();
}
