using HipSpine.Tests.Mail;
using MimeKit;

namespace HipSpine.Web.Tests;

/// <summary>
/// What the web tests read from the local SMTP sink (<see cref="SinkMail"/>): the app sends real mail to it through
/// MailKit, and these find a message or its link.
/// </summary>
internal static class MailSink
{
    public static int? Port => SinkMail.Port;

    /// <summary>The <paramref name="nth"/> message (1: the first) to <paramref name="to"/> whose subject contains
    /// <paramref name="subject"/>, waiting up to 15 s.</summary>
    public static Task<MimeMessage> WaitForAsync(string to, string subject, int nth = 1)
    {
        var seen = 0;
        return SinkMail.WaitAsync(
            message => SinkMail.IsTo(message, to) && (message.Subject ?? "").Contains(subject, StringComparison.Ordinal) && ++seen == nth ? message : null,
            newestFirst: false,
            $"no mail to {to} about '{subject}'",
            restart: () => seen = 0);
    }

    /// <summary>
    /// The app-relative confirmation link sent to the account <paramref name="userId"/> at <paramref name="to"/>,
    /// waiting up to 15 s. The sink keeps every test's mail, and tests in other apps use the same addresses: the
    /// account id in the link tells which one is this app's.
    /// </summary>
    public static Task<string> ConfirmationLinkAsync(string to, string userId) =>
        SinkMail.WaitAsync(
            message => SinkMail.IsTo(message, to) && (message.Subject ?? "").Contains("Confirm your email", StringComparison.Ordinal)
                && LinkPath(message, "/account/confirm-email") is { } link
                && link.Contains("userId=" + Uri.EscapeDataString(userId) + "&", StringComparison.Ordinal)
                    ? link
                    : null,
            newestFirst: false,
            $"no confirmation mail to {to} for account {userId}");

    /// <summary>The app-relative path and query of the first link in the message (links are absolute, from Hosting:PublicBaseUrl).</summary>
    public static string LinkPath(MimeMessage message, string startingWith)
    {
        var link = SinkMail.Links(message).First(u => u.AbsolutePath.StartsWith(startingWith, StringComparison.Ordinal));
        Assert.Equal(HipSpineApp.PublicBaseUrl, link.GetLeftPart(UriPartial.Authority));
        return link.PathAndQuery;
    }
}
