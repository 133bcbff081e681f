using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Tests;

/// <summary>
/// The real password hasher, counting its calls: the slow hash is what an answer's time would betray, so the privacy
/// tests count that the same work is done whether or not an email has an account, instead of timing the answers.
/// </summary>
internal sealed class CountingHasher : IPasswordHasher<IdentityUser>
{
    private readonly PasswordHasher<IdentityUser> inner = new();
    private int work;

    public int Work => Volatile.Read(ref work);

    public string HashPassword(IdentityUser user, string password)
    {
        Interlocked.Increment(ref work);
        return inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref work);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
