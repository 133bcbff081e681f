using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Hosting;

/// <summary>
/// Security and reliability settings in one place (docs/reliability.md): security headers, cookie policy,
/// rate limits, request size limits, optional HTTPS redirection and HSTS.
/// </summary>
internal static class Hardening
{
    public static IServiceCollection AddHipSpineHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpsOptions>().BindConfiguration(HttpsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var https = configuration.GetSection(HttpsOptions.Section).Get<HttpsOptions>() ?? new HttpsOptions();
        if (https.Port is { } port)
        {
            services.AddHttpsRedirection(o => o.HttpsPort = port);
        }

        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        // Cookies are never readable by script, never sent on cross-site requests, and Secure over HTTPS.
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.Secure = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<AntiforgeryOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.PostConfigureAll<CookieAuthenticationOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // Lax so a link from an e-mail still arrives signed in
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddHipSpineRateLimits();
        services.AddHipSpineRequestLimits();
        services.AddHipSpineErrorResponses();
        services.AddHipSpineStaticCaching();
        return services;
    }

    /// <summary>Call after <c>UseExceptionHandler</c>/<c>UseStatusCodePages</c> and before static files and endpoints.</summary>
    public static IApplicationBuilder UseHipSpineHardening(this IApplicationBuilder app)
    {
        var https = app.ApplicationServices.GetRequiredService<IOptions<HttpsOptions>>().Value;
        app.UseSecurityHeaders();
        if (https.Hsts)
        {
            app.UseHsts();
        }

        if (https.Redirect)
        {
            app.UseHttpsRedirection();
        }

        app.UseRequestLimits();
        app.UseCookiePolicy(); // the rate limiter comes after authentication (Program.cs): it limits signed-in accounts by account

        return app;
    }
}
