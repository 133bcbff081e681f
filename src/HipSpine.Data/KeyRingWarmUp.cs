using Microsoft.AspNetCore.DataProtection;

namespace HipSpine.Data;

/// <summary>
/// Creates the DataProtection key at start-up instead of on the first request. Several instances sharing one
/// PostgreSQL database take turns under an advisory lock, so the second one finds the first one's key instead of
/// creating its own (<see cref="StartupLock"/>): two instances with different keys would each reject the other's cookies, antiforgery tokens
/// and interview state until their key rings were next refreshed.
/// </summary>
internal static class KeyRingWarmUp
{
    /// <summary>Reads the key ring from the database, creating the first key if there is none. On PostgreSQL it runs
    /// under <see cref="StartupLock"/>, so instances starting together take turns.</summary>
    public static void EnsureKey(IDataProtectionProvider provider) =>
        provider.CreateProtector("HipSpine.Data.KeyRingWarmUp").Protect([]);
}
