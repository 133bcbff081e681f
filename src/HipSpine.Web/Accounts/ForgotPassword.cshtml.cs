using HipSpine.Web.Accounts.Mail;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary>"Forgot your password": a reset link to the account's mailbox.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class ForgotPasswordModel(UserManager<IdentityUser> users, AccountMail mail) : MailedLinkPageModel(users)
{
    protected override Task SendIfDueAsync(IdentityUser user) => mail.SendPasswordResetAsync(user);
}
