using System.ComponentModel.DataAnnotations;

namespace HipSpine.Web.Hosting;

/// <summary><c>RateLimits</c>: fixed windows per client IP address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Signed-out POSTs under <c>/account/</c> (sign in, sign up, password reset): guessing passwords must be slow.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FixedWindow Account { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Every request under <c>/api/</c> and <c>/fhir/</c>.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FixedWindow Api { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>POSTs of a signed-in account (per account, not per address: others on a shared address cannot use them up).</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FixedWindow SignedIn { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    /// <summary>Share-code redemptions per signed-in account: guessing codes must be slow.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FixedWindow Redeem { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    public sealed class FixedWindow
    {
        [Range(1, int.MaxValue)]
        public int PermitLimit { get; set; }

        [Range(1, 86_400)]
        public int WindowSeconds { get; set; }
    }
}

/// <summary><c>Limits</c>: how large a request may be.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Largest request body in bytes (default 1 MB); larger bodies get 413 problem details.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;
}

/// <summary><c>Https</c>: off by default because HipSpine listens on loopback over plain HTTP.</summary>
public sealed class HttpsOptions
{
    public const string Section = "Https";

    /// <summary>Redirect HTTP to HTTPS (behind a TLS-terminating proxy, leave off and let the proxy do it).</summary>
    public bool Redirect { get; set; }

    /// <summary>Send Strict-Transport-Security (never for localhost; only once HTTPS works for good).</summary>
    public bool Hsts { get; set; }

    /// <summary>The HTTPS port to redirect to, when it cannot be discovered from the server's addresses.</summary>
    [Range(1, 65_535)]
    public int? Port { get; set; }
}
