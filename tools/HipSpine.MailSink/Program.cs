using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

// A local SMTP sink for the tests: a real server on 127.0.0.1 that accepts every message and writes each one to
// FOLDER as a .eml file (written under a temporary name, then renamed, so a reader never sees half a message).
// Usage: HipSpine.MailSink --folder DIR [--port N] [--port-file FILE]; port 0 (the default) takes a free port,
// written to FILE once the server listens. It speaks just enough SMTP (RFC 5321) for MailKit: EHLO/HELO, MAIL,
// RCPT, DATA, RSET, NOOP, QUIT. Nothing is relayed.
var folder = Argument("--folder") ?? throw new ArgumentException("--folder DIR is required");
var port = int.Parse(Argument("--port") ?? "0", CultureInfo.InvariantCulture);
Directory.CreateDirectory(folder);
var listener = new TcpListener(IPAddress.Loopback, port);
listener.Start();
var bound = ((IPEndPoint)listener.LocalEndpoint).Port;
if (Argument("--port-file") is { } portFile)
{
    await File.WriteAllTextAsync(portFile + ".tmp", bound.ToString(CultureInfo.InvariantCulture));
    File.Move(portFile + ".tmp", portFile, overwrite: true);
}

Console.WriteLine($"HipSpine.MailSink: listening on 127.0.0.1:{bound}, writing to {folder}");
while (true)
{
    var client = await listener.AcceptTcpClientAsync();
    _ = Task.Run(() => SmtpSession.RunAsync(client, folder));
}

string? Argument(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

/// <summary>One SMTP conversation: every message it carries is saved.</summary>
internal static class SmtpSession
{
    public static async Task RunAsync(TcpClient client, string folder)
    {
        using (client)
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 hipspine-mailsink ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-hipspine-mailsink");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        if (!await SaveAsync(reader, folder))
                        {
                            return; // the client went away mid-message: nothing was sent, so nothing is kept
                        }

                        await writer.WriteLineAsync("250 stored");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    case "HELO" or "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 ok");
                        break;
                    default:
                        await writer.WriteLineAsync("502 not implemented");
                        break;
                }
            }
        }
    }

    /// <summary>Saves the message DATA carries; false (and nothing saved) when the connection ends before its final ".".</summary>
    private static async Task<bool> SaveAsync(StreamReader reader, string folder)
    {
        var message = new StringBuilder();
        while (true)
        {
            var line = await reader.ReadLineAsync();
            if (line is null)
            {
                return false;
            }

            if (line == ".")
            {
                break;
            }

            message.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n"); // dot-unstuffing
        }

        var name = DateTime.UtcNow.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, message.ToString(), Encoding.Latin1);
        File.Move(temporary, Path.Combine(folder, name + ".eml"));
        return true;
    }
}
