using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HipSpine.Web.Accounts.Mail;

/// <summary>
/// Sends one plain-text message through the configured SMTP server (MailKit). A failure is logged and reported
/// as false: the page tells the person the mail could not be sent and offers to try again, never a 500.
/// </summary>
public sealed partial class MailSender(IOptions<MailOptions> options, ILogger<MailSender> logger)
{
    public async Task<bool> SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        if (!MailboxAddress.TryParse(to, out var recipient))
        {
            return false;
        }

        message.To.Add(recipient);
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Security(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
            or MailKit.CommandException or SslHandshakeException or AuthenticationException or TimeoutException)
        {
            LogFailed(logger, settings.Host, settings.Port, ex);
            return false;
        }
    }

    private static SecureSocketOptions Security(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send mail through {Host}:{Port}")]
    private static partial void LogFailed(ILogger logger, string host, int port, Exception exception);
}
