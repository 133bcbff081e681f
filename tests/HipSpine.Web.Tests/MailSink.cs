using System.Text.RegularExpressions;
using MimeKit;

namespace HipSpine.Web.Tests;

/// <summary>
/// The local SMTP sink <c>scripts/services</c> starts (tools/HipSpine.MailSink): the app sends real mail to it
/// through MailKit, and the tests read what arrived from its folder, one .eml file per message.
/// </summary>
internal static partial class MailSink
{
    public static int? Port => int.TryParse(Environment.GetEnvironmentVariable("HIPSPINE_TEST_SMTP_PORT"), out var port) ? port : null;

    private static string Folder => Environment.GetEnvironmentVariable("HIPSPINE_TEST_MAIL_DIR") is { Length: > 0 } folder && Port is not null
        ? folder
        : throw new InvalidOperationException(
            "The mail tests need the local SMTP sink: run `source scripts/services` first (it builds and starts tools/HipSpine.MailSink and " +
            "sets HIPSPINE_TEST_SMTP_PORT and HIPSPINE_TEST_MAIL_DIR); scripts/test does this itself.");

    /// <summary>The <paramref name="nth"/> message (1: the first) to <paramref name="to"/> whose subject contains
    /// <paramref name="subject"/>, waiting up to 15 s.</summary>
    public static async Task<MimeMessage> WaitForAsync(string to, string subject, int nth = 1)
    {
        var folder = Folder;
        for (var waited = 0; waited < 150; waited++)
        {
            var seen = 0;
            foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
            {
                var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && (message.Subject ?? "").Contains(subject, StringComparison.Ordinal) && ++seen == nth)
                {
                    return message;
                }

                message.Dispose();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no mail to {to} about '{subject}' reached the SMTP sink in {folder} within 15 s");
    }

    /// <summary>
    /// The app-relative confirmation link sent to the account <paramref name="userId"/> at <paramref name="to"/>,
    /// waiting up to 15 s. The sink keeps every test's mail, and tests in other apps use the same addresses: the
    /// account id in the link tells which one is this app's.
    /// </summary>
    public static async Task<string> ConfirmationLinkAsync(string to, string userId)
    {
        var folder = Folder;
        for (var waited = 0; waited < 150; waited++)
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
            {
                using var message = await MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && (message.Subject ?? "").Contains("Confirm your email", StringComparison.Ordinal)
                    && LinkPath(message, "/account/confirm-email") is { } link
                    && link.Contains("userId=" + Uri.EscapeDataString(userId) + "&", StringComparison.Ordinal))
                {
                    return link;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no confirmation mail to {to} for account {userId} reached the SMTP sink in {folder} within 15 s");
    }

    /// <summary>The app-relative path and query of the first link in the message (links are absolute, from Hosting:PublicBaseUrl).</summary>
    public static string LinkPath(MimeMessage message, string startingWith)
    {
        var link = Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).First(u => u.AbsolutePath.StartsWith(startingWith, StringComparison.Ordinal));
        Assert.Equal(HipSpineApp.PublicBaseUrl, link.GetLeftPart(UriPartial.Authority));
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
