namespace HipSpine.Records.Smart;

/// <summary>
/// A client application an administrator registers: a public client (a browser or phone app, PKCE only) or a
/// confidential one (a server that keeps a secret). <paramref name="OwnerId"/> is the clinician account a backend
/// acts for with <c>system/*</c> scopes: it sees exactly what patients shared with that clinician, never more.
/// </summary>
public sealed record SmartClientRegistration(
    string ClientId,
    string Name,
    bool Confidential,
    IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> Origins,
    IReadOnlyList<string> Scopes,
    string? OwnerId = null)
{
    /// <summary>What is wrong, naming the field, or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(ClientId) || ClientId.Length > 100 || ClientId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "client id: 1 to 100 characters without spaces";
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            return "name: 1 to 200 characters";
        }

        if (Scopes.Count == 0 || Scopes.Any(s => !SmartScopes.Described.ContainsKey(s)))
        {
            return "scopes: choose from " + string.Join(", ", SmartScopes.All);
        }

        if (RedirectUris.FirstOrDefault(u => !IsAbsoluteWebUri(u, allowPath: true)) is { } redirect)
        {
            return $"redirect URI: '{redirect}' is not an absolute http or https address without a fragment";
        }

        if (Origins.FirstOrDefault(o => !IsAbsoluteWebUri(o, allowPath: false)) is { } origin)
        {
            return $"allowed origin: '{origin}' is not an origin (scheme, host and port only, e.g. https://app.example.org)";
        }

        var system = Scopes.Any(SmartScopes.IsSystem);
        if (system && (!Confidential || string.IsNullOrEmpty(OwnerId)))
        {
            return "scopes: system scopes need a confidential client owned by a clinician (owner)";
        }

        if (Scopes.Any(s => !SmartScopes.IsSystem(s)) && RedirectUris.Count == 0)
        {
            return "redirect URI: at least one is needed for a client that signs people in";
        }

        return null;
    }

    private static bool IsAbsoluteWebUri(string text, bool allowPath) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Fragment.Length == 0
        && (allowPath || (uri.AbsolutePath == "/" && !text.EndsWith('/') && uri.Query.Length == 0 && uri.UserInfo.Length == 0));
}

/// <summary>A registered client as the administrator's list and <c>hipspine clients list</c> show it (never its secret).</summary>
public sealed record SmartClientSummary(string ClientId, string Name, bool Confidential, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> Origins, IReadOnlyList<string> Scopes, string? OwnerId);
