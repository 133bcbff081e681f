using System.ComponentModel.DataAnnotations;

namespace HipSpine.Web.Accounts.Mail;

/// <summary><c>Mail</c>: the SMTP server account mail (confirmation and password-reset links) is sent through.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required(AllowEmptyStrings = false)]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65_535)]
    public int Port { get; set; } = 25;

    /// <summary><c>Auto</c> (STARTTLS when the server offers it), <c>None</c>, <c>StartTls</c> (required) or <c>SslOnConnect</c>.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Set both to authenticate; leave empty for a server that accepts mail from this host.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required(AllowEmptyStrings = false)]
    [EmailAddress]
    public string From { get; set; } = "no-reply@hipspine.invalid";

    [Required(AllowEmptyStrings = false)]
    public string FromName { get; set; } = "HipSpine";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}

public enum MailSecurity
{
    Auto,
    None,
    StartTls,
    SslOnConnect,
}
