using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace HipSpine.Web.Hosting;

/// <summary>
/// How long browsers keep the files of wwwroot (the same for everyone, free of personal data). Pages link them with
/// <c>asp-append-version</c>, whose <c>?v=</c> is a hash of the file's content: that address never changes its
/// content, so it is kept for a year without asking again (Lighthouse's "efficient cache policy"; on a phone it saves
/// a round trip on every step of the interview). A file asked for without <c>?v=</c> is revalidated as before.
/// </summary>
internal static class StaticCaching
{
    /// <summary>Marks a response the static file middleware wrote, which <see cref="SecurityHeaders"/> then leaves cacheable.</summary>
    private const string StaticFileItem = "HipSpine.StaticFile";

    public const string Versioned = "public, max-age=31536000, immutable";

    public static IServiceCollection AddHipSpineStaticCaching(this IServiceCollection services) =>
        services.Configure<StaticFileOptions>(o => o.OnPrepareResponse = Prepare);

    public static bool IsStaticFile(HttpContext context) => context.Items.ContainsKey(StaticFileItem);

    private static void Prepare(StaticFileResponseContext file)
    {
        file.Context.Items[StaticFileItem] = true;
        if (file.Context.Request.Query.ContainsKey("v"))
        {
            file.Context.Response.Headers[HeaderNames.CacheControl] = Versioned;
        }
    }
}
