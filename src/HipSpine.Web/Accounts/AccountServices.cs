using System.Security.Claims;
using HipSpine.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipSpine.Web.Accounts;

/// <summary><c>Accounts</c>: the sign-in cookie.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>True (the default): the sign-in cookie is sent over HTTPS only.</summary>
    public bool SecureCookie { get; set; } = true;
}

internal static class AccountServices
{
    public const string SignInPath = "/account/signin";

    /// <summary>
    /// ASP.NET Core Identity on the HipSpine database with our own small pages: passwords of at least 10
    /// characters (length over character classes), lockout after 5 failures, an HttpOnly secure cookie.
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
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<HipSpineDbContext>();
        services.AddScoped<CarriedResult>(); // "Save to my account" while signed out, carried through sign-up or sign-in
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateOnStart();
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
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
        });
        return services;
    }

    /// <summary>The signed-in person's user id, or null.</summary>
    public static string? UserId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
