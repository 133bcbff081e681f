using System.Text.RegularExpressions;
using MimeKit;

namespace HipSpine.Tests.Mail;

/// <summary>
/// (Linked into the web, browser and scale-out tests.) The local SMTP sink <c>scripts/services</c> starts
/// (tools/HipSpine.MailSink): the app sends its mail there and the tests read it from its folder, one .eml file per
/// message, as a person reads their mailbox.
/// </summary>
internal static partial class SinkMail
{
    public static int? Port => int.TryParse(Environment.GetEnvironmentVariable("HIPSPINE_TEST_SMTP_PORT"), out var port) ? port : null;

    private static string Folder => Environment.GetEnvironmentVariable("HIPSPINE_TEST_MAIL_DIR") is { Length: > 0 } folder && Port is not null
        ? folder
        : throw new InvalidOperationException(
            "The tests read the app's mail (sign-up confirmation and others) from the local SMTP sink: run `source scripts/services` first " +
            "(it builds and starts tools/HipSpine.MailSink and sets HIPSPINE_TEST_SMTP_PORT and HIPSPINE_TEST_MAIL_DIR); scripts/test does this itself.");

    /// <summary>
    /// Reads the sink's messages (oldest first, or newest first) until <paramref name="pick"/> returns something,
    /// starting again every 100 ms for up to 15 s (<paramref name="restart"/> runs before each pass);
    /// <paramref name="missing"/> says what never came. A message <paramref name="pick"/> returns is the caller's to
    /// dispose; the others are disposed here.
    /// </summary>
    public static async Task<T> WaitAsync<T>(Func<MimeMessage, T?> pick, bool newestFirst, string missing, Action? restart = null)
        where T : class
    {
        var folder = Folder;
        for (var waited = 0; waited < 150; waited++)
        {
            restart?.Invoke();
            var files = Directory.GetFiles(folder, "*.eml");
            foreach (var file in newestFirst ? files.OrderDescending(StringComparer.Ordinal) : files.Order(StringComparer.Ordinal))
            {
                if (await LoadAsync(file) is not { } message)
                {
                    continue;
                }

                if (pick(message) is { } found)
                {
                    if (!ReferenceEquals(found, message))
                    {
                        message.Dispose();
                    }

                    return found;
                }

                message.Dispose();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{missing} reached the SMTP sink in {folder} within 15 s");
    }

    /// <summary>The message in <paramref name="file"/>; null when it does not parse, so one bad file cannot stop every reader.</summary>
    private static async Task<MimeMessage?> LoadAsync(string file)
    {
        try
        {
            return await MimeMessage.LoadAsync(file);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsTo(MimeMessage message, string to) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase));

    /// <summary>The links in the message's text (absolute, from Hosting:PublicBaseUrl).</summary>
    public static IEnumerable<Uri> Links(MimeMessage message) => Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value));

    /// <summary>
    /// The app-relative confirmation link of the newest mail to <paramref name="to"/> not in <paramref name="tried"/>,
    /// waiting up to 15 s. The sink keeps every test's mail and other apps may have written to the same address:
    /// the caller tries each link until one confirms.
    /// </summary>
    public static Task<string> NextConfirmationLinkAsync(string to, ISet<string> tried) =>
        WaitAsync(
            message => IsTo(message, to) && (message.Subject ?? "").Contains("Confirm your email", StringComparison.Ordinal)
                && Links(message).FirstOrDefault(u => u.AbsolutePath == "/account/confirm-email") is { } link
                && !tried.Contains(link.PathAndQuery)
                    ? link.PathAndQuery
                    : null,
            newestFirst: true,
            $"no new confirmation mail to {to}");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
