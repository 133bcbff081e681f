using System.Globalization;

/// <summary>Command-line options of the load generator.</summary>
internal sealed record LoadOptions(Uri Url, int Connections, int Seconds, string? BodyFile, bool Diary, string? SqliteFile)
{
    public static LoadOptions Parse(string[] args)
    {
        var url = new Uri(args.Length > 0 ? args[0] : "http://127.0.0.1:5000/healthz");
        int connections = 1, seconds = 10;
        string? body = null, sqlite = null;
        var diary = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--connections" when i + 1 < args.Length: connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds" when i + 1 < args.Length: seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--body" when i + 1 < args.Length: body = args[++i]; break;
                case "--verify-sqlite" when i + 1 < args.Length: sqlite = args[++i]; break;
                case "--diary": diary = true; break;
            }
        }

        return new LoadOptions(url, Math.Clamp(connections, 1, 512), Math.Clamp(seconds, 1, 600), body, diary, sqlite);
    }
}
