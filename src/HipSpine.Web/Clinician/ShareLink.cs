using HipSpine.Web.Hosting;
using QRCoder;

namespace HipSpine.Web.Clinician;

/// <summary>
/// The absolute link a clinician opens to redeem a code, and its QR code as inline SVG (drawn here, nothing
/// fetched). The link starts at <c>Hosting:PublicBaseUrl</c> (<see cref="PublicLinks"/>), never at the request's
/// Host header, which a client can forge.
/// </summary>
public sealed record ShareLink(string Code, string Url, string QrSvg)
{
    public static ShareLink For(string code, PublicLinks links)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(links);
        var url = links.Absolute("/clinician/redeem?code=" + Uri.EscapeDataString(ShareCodes.Grouped(code)));
        return new ShareLink(ShareCodes.Grouped(code), url, Qr(url));
    }

    private static string Qr(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        // Inline in the page: drop the XML declaration and let the image be named by the page's own text.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Replace("<svg ", "<svg role=\"img\" aria-label=\"QR code of the link\" class=\"qr\" ", StringComparison.Ordinal);
    }
}
