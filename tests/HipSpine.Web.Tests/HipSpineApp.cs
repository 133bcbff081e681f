using HipSpine.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HipSpine.Web.Tests;

/// <summary>The web app on its own fresh SQLite file: one per test, so no test sees another's data.</summary>
/// <remarks>WebApplicationFactory runs the app in the Development environment unless <paramref name="configure"/> says otherwise.</remarks>
internal sealed class HipSpineApp(IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipspine-web-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "test.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
