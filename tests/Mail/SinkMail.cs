using System.Text.RegularExpressions;
using MimeKit;

namespace HipSpine.Tests.Mail;

/// <summary>
/// (Linked into the browser and scale-out tests, whose apps run as real servers and mail through real SMTP.)
/// The local SMTP sink <c>scripts/services</c> starts (tools/HipSpine.MailSink): the app sends its mail there and
/// the tests read the links from its folder, one .eml file per message, as a person reads their mailbox.
/// </summary>
internal static partial class SinkMail
{
    public static int? Port => int.TryParse(Environment.GetEnvironmentVariable("HIPSPINE_TEST_SMTP_PORT"), out var port) ? port : null;

    private static string Folder => Environment.GetEnvironmentVariable("HIPSPINE_TEST_MAIL_DIR") is { Length: > 0 } folder && Port is not null
        ? folder
        : throw new InvalidOperationException(
            "Signing up needs the confirmation mail from the local SMTP sink: run `source scripts/services` first (it builds and starts " +
            "tools/HipSpine.MailSink and sets HIPSPINE_TEST_SMTP_PORT and HIPSPINE_TEST_MAIL_DIR); scripts/test does this itself.");

    /// <summary>
    /// The app-relative confirmation link of the newest mail to <paramref name="to"/> not in <paramref name="tried"/>,
    /// waiting up to 15 s. The sink keeps every test's mail and other apps may have written to the same address:
    /// the caller tries each link until one confirms.
    /// </summary>
    public static async Task<string> NextConfirmationLinkAsync(string to, ISet<string> tried)
    {
        var folder = Folder;
        for (var waited = 0; waited < 150; waited++)
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml").OrderDescending(StringComparer.Ordinal))
            {
                using var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && (message.Subject ?? "").Contains("Confirm your email", StringComparison.Ordinal)
                    && Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == "/account/confirm-email") is { } link
                    && !tried.Contains(link.PathAndQuery))
                {
                    return link.PathAndQuery;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no new confirmation mail to {to} reached the SMTP sink in {folder} within 15 s");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
