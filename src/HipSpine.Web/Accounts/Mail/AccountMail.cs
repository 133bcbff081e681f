using System.Text;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace HipSpine.Web.Accounts.Mail;

/// <summary>
/// The two messages that prove someone holds a mailbox: "confirm your email" and "reset your password". Each carries
/// an ASP.NET Core Identity token (the reset one tied to the security stamp, so it works once; the confirmation one
/// to the address, <see cref="EmailConfirmationTokens"/>)
/// in a link built from <c>Hosting:PublicBaseUrl</c>.
/// </summary>
public sealed class AccountMail(UserManager<IdentityUser> users, MailOutbox outbox, PublicLinks links)
{
    /// <summary>"Confirm your email"; <paramref name="clinician"/>: the link leads on to the clinician application after sign-in.</summary>
    public async Task SendConfirmationAsync(IdentityUser user, bool clinician = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = links.Absolute($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={Encode(token)}{(clinician ? "&then=clinician" : "")}");
        outbox.Enqueue(new OutgoingMail(user.Email!, "Confirm your email for HipSpine",
            $"""
            Someone (we hope you) created a HipSpine account with this email address.

            To confirm it is yours, open this link:
            {link}

            Until you do, nobody can sign in to the account. The link works for 7 days.
            If it was not you, ignore this message: the account stays unusable.
            """));
    }

    public async Task SendPasswordResetAsync(IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = links.Absolute($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={Encode(token)}");
        outbox.Enqueue(new OutgoingMail(user.Email!, "Reset your HipSpine password",
            $"""
            Someone (we hope you) asked to reset the password of the HipSpine account with this email address.

            To choose a new password, open this link:
            {link}

            If it was not you, ignore this message: your password stays as it is.
            """));
    }

    /// <summary>To the owner of an email someone tried to sign up with again: the page said the same as for a new address.</summary>
    public void SendAlreadyRegistered(string email) =>
        outbox.Enqueue(new OutgoingMail(email, "Your HipSpine account",
            $"""
            Someone (we hope you) tried to create a HipSpine account with this email address, which already has one.

            To sign in: {links.Absolute("/account/signin")}
            Forgot your password? {links.Absolute("/account/forgot-password")}

            If it was not you, ignore this message: nothing has changed.
            """));

    /// <summary>Identity tokens are base64 with '+' and '/': made URL-safe for the link, decoded on the way back.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
