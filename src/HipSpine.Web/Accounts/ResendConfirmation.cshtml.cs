using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary>"Send the confirmation link again": only an account still waiting for confirmation gets a mail.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class ResendConfirmationModel(UserManager<IdentityUser> users, AccountMail mail) : MailedLinkPageModel(users)
{
    protected override Task SendIfDueAsync(IdentityUser user) =>
        user.EmailConfirmed ? Task.CompletedTask : mail.SendConfirmationAsync(user);
}
