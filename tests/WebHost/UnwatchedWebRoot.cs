using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HipSpine.Tests.WebHost;

/// <summary>
/// (Linked into the web and browser tests.) Serves wwwroot to a test app without watching it for changes. The
/// versioned links of the pages (<c>asp-append-version</c>) watch every file they hash, and on Linux that watch is an
/// inotify instance per app: a hundred apps alive in one test run used up the per-user limit (128 on a default
/// Debian) and pages answered 500. Nothing edits wwwroot while tests run.
/// </summary>
internal sealed class UnwatchedWebRoot(IWebHostEnvironment environment) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        environment.WebRootFileProvider = new Unwatched(environment.WebRootFileProvider);
        next(app);
    };

    private sealed class Unwatched(IFileProvider files) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath) => files.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => files.GetDirectoryContents(subpath);

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }
}
