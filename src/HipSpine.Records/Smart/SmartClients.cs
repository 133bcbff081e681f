using System.Security.Cryptography;
using System.Text.Json;
using HipSpine.Data;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HipSpine.Records.Smart;

/// <summary>
/// The registered SMART clients, kept by OpenIddict in the HipSpine database: added and removed by an administrator
/// (the /admin/clients page or <c>hipspine clients</c>), read by the CORS policy (allowed origins) and the token
/// endpoint (the owner of a backend). The web app and the CLI both go through here, so a client is the same either way.
/// </summary>
public static class SmartClients
{
    /// <summary>Where a client's allowed browser origins are kept (a JSON array of strings).</summary>
    public const string OriginsProperty = "hipspine_origins";

    /// <summary>The clinician account a backend client acts for (a JSON string).</summary>
    public const string OwnerProperty = "hipspine_owner";

    /// <summary>The OpenIddict stores on the HipSpine database (no server: the CLI needs only these).</summary>
    public static IServiceCollection AddHipSpineClientStore(this IServiceCollection services)
    {
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<HipSpineDbContext>());
        return services;
    }

    /// <summary>Registers the client: its one-time secret for a confidential client (only a hash is kept), else null.</summary>
    public static async Task<string?> AddAsync(IOpenIddictApplicationManager manager, SmartClientRegistration client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(client);
        var secret = client.Confidential ? Base64Url(RandomNumberGenerator.GetBytes(32)) : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            DisplayName = client.Name,
            ClientType = client.Confidential ? ClientTypes.Confidential : ClientTypes.Public,
            ClientSecret = secret,
            ConsentType = ConsentTypes.Explicit,
        };
        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }

        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (client.Scopes.Any(s => !SmartScopes.IsSystem(s)))
        {
            descriptor.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange); // PKCE for every sign-in, public or confidential
        }

        if (client.Scopes.Contains(SmartScopes.OfflineAccess))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        if (client.Scopes.Any(SmartScopes.IsSystem))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        }

        foreach (var scope in client.Scopes.Where(s => s is not (SmartScopes.OpenId or SmartScopes.OfflineAccess)))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[OriginsProperty] = JsonSerializer.SerializeToElement(client.Origins.Select(o => o.TrimEnd('/')).ToArray());
        if (client.OwnerId is not null)
        {
            descriptor.Properties[OwnerProperty] = JsonSerializer.SerializeToElement(client.OwnerId);
        }

        await manager.CreateAsync(descriptor, cancellationToken).ConfigureAwait(false);
        return secret;
    }

    public static async Task<IReadOnlyList<SmartClientSummary>> ListAsync(IOpenIddictApplicationManager manager, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var list = new List<SmartClientSummary>();
        await foreach (var application in manager.ListAsync(count: null, offset: null, cancellationToken).ConfigureAwait(false))
        {
            var descriptor = new OpenIddictApplicationDescriptor();
            await manager.PopulateAsync(descriptor, application, cancellationToken).ConfigureAwait(false);
            var scopes = descriptor.Permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..]).ToList();
            if (descriptor.Permissions.Contains(Permissions.GrantTypes.AuthorizationCode))
            {
                scopes.Insert(0, SmartScopes.OpenId);
            }

            if (descriptor.Permissions.Contains(Permissions.GrantTypes.RefreshToken))
            {
                scopes.Add(SmartScopes.OfflineAccess);
            }

            list.Add(new SmartClientSummary(descriptor.ClientId ?? "", descriptor.DisplayName ?? "", descriptor.ClientType == ClientTypes.Confidential,
                [.. descriptor.RedirectUris.Select(u => u.OriginalString)], Origins(descriptor.Properties), scopes, Owner(descriptor.Properties)));
        }

        return [.. list.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    /// <summary>Removes the client with its authorizations and tokens (OpenIddict deletes them with it): its tokens stop working at once.</summary>
    public static async Task<bool> RemoveAsync(IOpenIddictApplicationManager manager, string clientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var application = await manager.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false);
        if (application is null)
        {
            return false;
        }

        await manager.DeleteAsync(application, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Every origin some registered client may call from (CORS).</summary>
    public static async Task<IReadOnlySet<string>> AllOriginsAsync(IOpenIddictApplicationManager manager, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var application in manager.ListAsync(count: null, offset: null, cancellationToken).ConfigureAwait(false))
        {
            origins.UnionWith(Origins(await manager.GetPropertiesAsync(application, cancellationToken).ConfigureAwait(false)));
        }

        return origins;
    }

    /// <summary>The clinician a client acts for with system scopes, or null.</summary>
    public static async Task<string?> OwnerAsync(IOpenIddictApplicationManager manager, string clientId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var application = await manager.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false);
        return application is null ? null : Owner(await manager.GetPropertiesAsync(application, cancellationToken).ConfigureAwait(false));
    }

    private static string[] Origins(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(OriginsProperty, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(e => e.GetString()).OfType<string>()]
            : [];

    private static string? Owner(IReadOnlyDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(OwnerProperty, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
