using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary>The checks every "choose a password" form shares, and Identity's refusals in plain words.</summary>
internal static class PasswordRules
{
    public const int MinLength = 10;

    /// <summary>Length and the repeat; the rest (common passwords, repeated characters) is Identity's validators'.</summary>
    public static bool Check(string? password, string? confirm, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            errors["password"] = "Choose a password of at least 10 characters.";
        }
        else if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            errors["confirm"] = "The two passwords are not the same.";
        }

        return errors.Count == 0;
    }

    public static void Describe(IdentityResult result, Dictionary<string, string> errors)
    {
        foreach (var error in result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal) || e.Code == CommonPasswords.Code))
        {
            errors.TryAdd("password", error.Code == CommonPasswords.Code ? CommonPasswords.Message : error.Description);
        }
    }
}
