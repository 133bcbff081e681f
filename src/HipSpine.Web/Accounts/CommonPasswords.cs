using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary>
/// Refuses passwords that are on the list shipped with the app (<c>common-passwords.txt</c>, an embedded resource:
/// no network and no download at run time), also once trailing or leading digits and symbols are taken off
/// ("Password2024!" is "password"), and the account's own email address.
/// </summary>
internal sealed class CommonPasswords : IPasswordValidator<IdentityUser>
{
    public const string Code = "PasswordTooCommon";

    public const string Message = "This password is one of the most common (or very close to one): choose another, for example a few unrelated words.";

    private static readonly HashSet<string> List = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(password is not null && (IsCommon(password) || string.Equals(password.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,?;:~ ".ToCharArray());
        return List.Contains(lower) || List.Contains(core) || (core.Length > 0 && core.Distinct().Count() == 1);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("HipSpine.Web.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("the embedded list common-passwords.txt is missing from the build");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
