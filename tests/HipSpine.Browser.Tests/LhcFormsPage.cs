using HipSpine.Tests.Shared;
using Microsoft.Playwright;

namespace HipSpine.Browser.Tests;

/// <summary>
/// A FHIR client page as an integrator would host it, served by the test (a Playwright route on the app's own origin,
/// so it shares the signed-in session like a page of a same-origin app would): tools/fhir-clients/lforms-page with
/// NLM's LHC-Forms and its FHIR R4 support script from the npm package installed there, never from a CDN.
/// </summary>
internal static class LhcFormsPage
{
    public const string Path = "/lhc-forms-client/";

    public static async Task ServeAsync(IPage page, Uri app)
    {
        var lforms = System.IO.Path.Combine(FhirClients.Package("lforms"), "dist");
        var own = System.IO.Path.Combine(FhirClients.Folder, "lforms-page");
        await page.RouteAsync(new Uri(app, Path).ToString() + "**", async route =>
        {
            var relative = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath[Path.Length..]);
            var file = System.IO.Path.GetFullPath(relative.StartsWith("lforms/", StringComparison.Ordinal)
                ? System.IO.Path.Combine(lforms, relative)
                : System.IO.Path.Combine(own, relative));
            if ((!file.StartsWith(lforms, StringComparison.Ordinal) && !file.StartsWith(own, StringComparison.Ordinal)) || !File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404 });
                return;
            }

            await route.FulfillAsync(new() { Status = 200, Path = file, ContentType = ContentType(file) });
        });
    }

    private static string ContentType(string file) => System.IO.Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };
}
