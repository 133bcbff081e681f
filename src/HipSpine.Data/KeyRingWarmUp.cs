using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace HipSpine.Data;

/// <summary>
/// Creates the DataProtection key at start-up instead of on the first request. Several instances sharing one
/// PostgreSQL database take turns under an advisory lock, so the second one finds the first one's key instead of
/// creating its own: two instances with different keys would each reject the other's cookies, antiforgery tokens
/// and interview state until their key rings were next refreshed.
/// </summary>
internal static class KeyRingWarmUp
{
    // The lock's name is an arbitrary application-wide number: "HipSpine" in ASCII read as a bigint.
    private const string Lock = "SELECT pg_advisory_lock(5217825146955984485)";
    private const string Unlock = "SELECT pg_advisory_unlock(5217825146955984485)";

    public static async Task EnsureKeyAsync(HipSpineDbContext db, IDataProtectionProvider provider, bool isSqlite, CancellationToken cancellationToken)
    {
        var protector = provider.CreateProtector("HipSpine.Data.KeyRingWarmUp");
        if (isSqlite)
        {
            protector.Protect([]); // one machine, one process: nothing to take turns with
            return;
        }

        // The lock is held on this context's connection; the key store writes through its own contexts,
        // so it is not blocked by it. A session lock is released when the connection closes, even on a crash.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken).ConfigureAwait(false);
            try
            {
                protector.Protect([]); // reads the key ring from the database, creating the first key if there is none
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(Unlock, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
