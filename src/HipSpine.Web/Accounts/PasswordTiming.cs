using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Checking a password costs a deliberately slow hash. When there is no account to check against, the same work
/// is done on a throwaway hash, so the time of the answer does not tell whether an email has an account.
/// </summary>
internal static class PasswordTiming
{
    private static readonly IdentityUser Nobody = new() { UserName = "nobody" };

    private static string? throwaway;

    public static void HashAnyway(UserManager<IdentityUser> users, string? password)
    {
        throwaway ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = users.PasswordHasher.VerifyHashedPassword(Nobody, throwaway, password ?? "");
    }
}
