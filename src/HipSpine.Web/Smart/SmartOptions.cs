using System.ComponentModel.DataAnnotations;

namespace HipSpine.Web.Smart;

/// <summary><c>Smart</c>: the SMART on FHIR authorization server (docs/fhir.md).</summary>
public sealed class SmartOptions
{
    public const string Section = "Smart";

    /// <summary>
    /// The folder holding the token signing and encryption keys (<c>signing.pem</c>, <c>encryption.pem</c>, RSA,
    /// PKCS#8). Missing files are created on first start. Default: <c>keys/</c> beside the SQLite database, or
    /// <c>data/keys</c> with PostgreSQL. Several instances must share one folder (or the same two files).
    /// </summary>
    public string? KeysPath { get; set; }

    /// <summary>True (the default): the OAuth endpoints answer HTTPS requests only (behind a TLS proxy, as forwarded).</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>How long an access token is valid (60 minutes).</summary>
    [Range(1, 24 * 60)]
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>How long a refresh token (offline_access) is valid (30 days).</summary>
    [Range(1, 365)]
    public int RefreshTokenDays { get; set; } = 30;
}
