using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HipSpine.Data;
using HipSpine.Web.Accounts.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipSpine.Web.Accounts;

/// <summary><c>Accounts</c>: the sign-in cookie and how long a session lasts.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>True (the default): the sign-in cookie is sent over HTTPS only.</summary>
    public bool SecureCookie { get; set; } = true;

    /// <summary>A session unused this long ends (30 minutes).</summary>
    [Range(1, 7 * 24 * 60)]
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this long after signing in, however busy (12 hours).</summary>
    [Range(1, 30 * 24)]
    public int AbsoluteTimeoutHours { get; set; } = 12;
}

internal static class AccountServices
{
    public const string SignInPath = "/account/signin";

    /// <summary>
    /// ASP.NET Core Identity on the HipSpine database with our own small pages: passwords of at least 10
    /// characters (length over character classes, common ones refused), token providers for the mail links and
    /// the authenticator app, an HttpOnly secure cookie whose sessions are checked on every request (<see cref="Sessions"/>).
    /// </summary>
    public static IServiceCollection AddHipSpineAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System); // "now" everywhere; tests replace it with a fake clock
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = false; // no hard lock anyone could trigger: growing delays instead (SignInThrottle)
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true; // an account is usable only once its mailbox is proven
                o.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokens.Name;
            })
            .AddEntityFrameworkStores<HipSpineDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailConfirmationTokens>(EmailConfirmationTokens.Name)
            .AddPasswordValidator<CommonPasswords>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<CarriedResult>(); // "Save to my account" while signed out, carried through sign-up or sign-in
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "HipSpine.Account";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Always secure unless configuration says otherwise (plain-HTTP development behind no proxy).
            o.Cookie.SecurePolicy = accounts.SecureCookie
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = SignInPath;
            o.AccessDeniedPath = SignInPath;
        });
        services.AddHipSpineSessions();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MailSender>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<MailOutboxSender>();
        services.AddScoped<AccountMail>();
        return services;
    }

    /// <summary>The signed-in person's user id, or null.</summary>
    public static string? UserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
