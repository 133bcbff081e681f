using System.Security.Cryptography;
using HipSpine.Data;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.Tokens;

namespace HipSpine.Web.Smart;

/// <summary>
/// The RSA keys that sign and encrypt tokens, kept as PEM files so tokens stay valid across restarts (never
/// development certificates, never keys that live only in memory). A missing file is created once; two
/// instances creating it at the same moment settle on whichever file was written first.
/// </summary>
internal static class SmartKeys
{
    public static string Folder(SmartOptions smart, DatabaseOptions database)
    {
        if (!string.IsNullOrWhiteSpace(smart.KeysPath))
        {
            return Path.GetFullPath(smart.KeysPath);
        }

        if (database.IsSqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.EffectiveConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && !file.StartsWith(':'))
            {
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", "keys");
            }
        }

        return Path.GetFullPath(Path.Combine("data", "keys"));
    }

    public static RsaSecurityKey Load(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".pem");
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static void Create(string path)
    {
        using var rsa = RSA.Create(2048);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // a private key: the owner only
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another instance wrote it first: use theirs
        }
    }
}
