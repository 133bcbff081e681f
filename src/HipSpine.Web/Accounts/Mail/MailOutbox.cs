using System.Threading.Channels;

namespace HipSpine.Web.Accounts.Mail;

/// <summary>One message waiting to be sent.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text);

/// <summary>
/// Account mail leaves the request: the page answers at once, whether or not a message goes out (sign-up and "forgot
/// my password" must take the same time for an email that has an account and one that has not), and a slow SMTP
/// server never holds a request. <see cref="MailOutboxSender"/> sends them one by one.
/// </summary>
public sealed class MailOutbox
{
    private readonly Channel<OutgoingMail> queue = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.DropOldest, // a flood of requests must not grow memory without end
        SingleReader = true,
    });

    public void Enqueue(OutgoingMail mail) => queue.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => queue.Reader;
}

/// <summary>Sends what <see cref="MailOutbox"/> holds; a failure is logged by <see cref="MailSender"/> and the person can ask again.</summary>
internal sealed class MailOutboxSender(MailOutbox outbox, MailSender sender) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            await sender.SendAsync(mail.To, mail.Subject, mail.Text, stoppingToken);
        }
    }
}
