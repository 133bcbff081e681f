using System.Net;
using HipSpine.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Browser.Tests;

/// <summary>
/// The real web app on Kestrel at http://127.0.0.1:{free port}, on its own temporary SQLite file, so a
/// real browser can reach it (the in-memory TestServer has no socket). Given a clock (a FakeTimeProvider
/// the test moves), the app's "now" comes from it instead of the system clock.
/// </summary>
internal sealed class BrowserApp : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipspine-browser-" + Guid.NewGuid().ToString("N"));
    private readonly TimeProvider? clock;

    public BrowserApp(TimeProvider? clock = null)
    {
        this.clock = clock;
        // Loopback only, port chosen by the OS: parallel runs and a developer's own app on :5000 never clash.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>A clinician's email confirmed and application approved, as an administrator would on /admin.</summary>
    public async Task VerifyClinicianAsync(string email)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("no account for " + email);
        await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
        if (!await scope.ServiceProvider.GetRequiredService<HipSpine.Web.Clinician.ClinicianRegistry>().ApproveAsync(user.Id, "test", CancellationToken.None))
        {
            throw new InvalidOperationException("the clinician application of " + email + " could not be approved");
        }
    }

    public int SavedCount()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().SavedAssessments.Count();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "test.db")}");
        // Plain http on 127.0.0.1: a Secure sign-in cookie would be dropped by the browser, so no session.
        builder.UseSetting("Accounts:SecureCookie", "false");
        // Account mail (the confirmation link a sign-up waits for) goes to the local SMTP sink of scripts/services;
        // without it, to the discard port, and the sign-up steps fail saying what to start.
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", (HipSpine.Tests.Mail.SinkMail.Port ?? 9).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        // A sign-up is three signed-out posts (sign up, confirm, sign in) from 127.0.0.1, and the browser classes
        // share this address within a minute: the default 10 would refuse the later ones.
        builder.UseSetting("RateLimits:Account:PermitLimit", "200");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, HipSpine.Tests.WebHost.UnwatchedWebRoot>());
        if (clock is not null)
        {
            // A journey over weeks of the fake clock in one browser session: sessions here outlast the default
            // 30 idle minutes and 12 hours (SessionTests in HipSpine.Web.Tests test those).
            builder.UseSetting("Accounts:IdleTimeoutMinutes", "2880");
            builder.UseSetting("Accounts:AbsoluteTimeoutHours", "720");
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
