using System.Collections.Concurrent;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Slows password guessing without handing strangers a way to lock someone out: wrong passwords are counted per
/// account AND client address, and after <see cref="FreeAttempts"/> each further try from that address must wait
/// twice as long as the last (2 s, 4 s, ... up to 15 minutes). The person signing in from their own address is
/// not affected by anyone else's failures. A right password clears the count. Kept in memory (per instance): the
/// per-address rate limit on signed-out account POSTs bounds guessing across instances as well.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int FreeAttempts = 4;

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    private const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> failures = new(StringComparer.Ordinal);

    /// <summary>How long this address must still wait before trying this account again; zero when it may try now.</summary>
    public TimeSpan WaitFor(string email, string? address)
    {
        if (!failures.TryGetValue(Key(email, address), out var entry) || entry.Failures < FreeAttempts)
        {
            return TimeSpan.Zero;
        }

        var wait = entry.Last + Delay(entry.Failures) - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    public void Failed(string email, string? address)
    {
        if (failures.Count > MaxEntries)
        {
            Prune();
        }

        var now = time.GetUtcNow();
        failures.AddOrUpdate(Key(email, address), _ => (1, now), (_, old) => (old.Failures + 1, now));
    }

    public void Succeeded(string email, string? address) => failures.TryRemove(Key(email, address), out _);

    /// <summary>2 s after the first counted failure, doubling each time, at most 15 minutes.</summary>
    private static TimeSpan Delay(int failureCount)
    {
        var doublings = Math.Min(failureCount - FreeAttempts, 20);
        var delay = TimeSpan.FromSeconds(2 * Math.Pow(2, doublings));
        return delay < MaxDelay ? delay : MaxDelay;
    }

    private void Prune()
    {
        var old = time.GetUtcNow() - MaxDelay;
        foreach (var (key, entry) in failures)
        {
            if (entry.Last < old)
            {
                failures.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string email, string? address) => email.Trim().ToUpperInvariant() + "|" + (address ?? "unknown");
}
