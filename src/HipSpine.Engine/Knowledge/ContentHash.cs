using System.Security.Cryptography;
using System.Text;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// Hashes every file below <c>knowledge/</c> (paths sorted, line endings normalised) so a stored result
/// names the exact knowledge that produced it, whatever the checkout's line-ending settings.
/// </summary>
internal static class ContentHash
{
    public static string Compute(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            var text = File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal);
            sha.AppendData(Encoding.UTF8.GetBytes(text));
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
