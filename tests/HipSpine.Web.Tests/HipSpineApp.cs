using HipSpine.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HipSpine.Web.Tests;

/// <summary>
/// The web app on its own fresh SQLite file (one per test, so no test sees another's data) and a fake clock
/// the test moves. The client speaks https so the secure account cookie is sent back.
/// </summary>
/// <remarks>WebApplicationFactory runs the app in the Development environment unless <paramref name="configure"/> says otherwise.</remarks>
internal class HipSpineApp(IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipspine-web-" + Guid.NewGuid().ToString("N"));

    /// <summary>"Now" for the app: 1 June 2026, 09:00 UTC unless a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(folder, "test.db");

    /// <summary>Where links in mail and calendars point: never the test server's Host.</summary>
    public const string PublicBaseUrl = "https://hipspine.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Mail goes to the local SMTP sink of scripts/services (port 9, discard, when it is not running: sending
        // then fails quietly, and only the tests that read mail fail, saying what to start).
        builder.UseSetting("Mail:Host", "127.0.0.1");
        builder.UseSetting("Mail:Port", (MailSink.Port ?? 9).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Security", "None");
        builder.UseSetting("Hosting:PublicBaseUrl", PublicBaseUrl);
        // A sign-up is three signed-out posts (sign up, confirm the email, sign in), all on the test server's one
        // address: tests that sign up a few people stay under the limit; the tests of the limit set their own.
        builder.UseSetting("RateLimits:Account:PermitLimit", "100");
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, HipSpine.Tests.WebHost.UnwatchedWebRoot>());
        ConfigureDatabase(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected virtual void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }

    /// <summary>Errors the app logged, which a browser's failed request reports.</summary>
    public ServerErrors Errors { get; } = new();

    /// <summary>A client that keeps cookies and does not follow redirects, like the tests' browser.</summary>
    public HttpClient Browser()
    {
        var client = CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(), new ServerErrorReason(Errors));
        Apps.AddOrUpdate(client, this);
        return client;
    }

    /// <summary>Which app a browser talks to: the sign-up steps look up the new account to find its confirmation mail.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, HipSpineApp> Apps = [];

    public static HipSpineApp Of(HttpClient client) => Apps.TryGetValue(client, out var app)
        ? app
        : throw new InvalidOperationException("This client was not made by HipSpineApp.Browser().");

    public int SavedCount()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<HipSpineDbContext>().SavedAssessments.Count();
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
