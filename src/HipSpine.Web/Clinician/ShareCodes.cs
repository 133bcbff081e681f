using System.Security.Cryptography;
using System.Text;

namespace HipSpine.Web.Clinician;

/// <summary>
/// Share codes a person can read out or type: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L,
/// U/V), about 49 bits, shown as two groups of five ("K7QM2-XR9TB"). Typed in any case, with spaces or dashes,
/// they mean the same code. They stay single use with an expiry (<see cref="Sharing"/>); redemption is rate-limited.
/// </summary>
public static class ShareCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public const int Length = 10;

    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>"K7QM2XR9TB" as "K7QM2-XR9TB".</summary>
    public static string Grouped(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var plain = Normalise(code);
        return plain.Length == Length ? plain[..5] + "-" + plain[5..] : code;
    }

    /// <summary>Upper case without spaces, dashes or other separators; a long legacy hex code is kept as typed (trimmed).</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.Length == Length ? builder.ToString() : code.Trim();
    }
}
