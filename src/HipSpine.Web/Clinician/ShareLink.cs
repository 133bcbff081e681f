using QRCoder;

namespace HipSpine.Web.Clinician;

/// <summary>
/// The absolute link a clinician opens to redeem a code, and its QR code as inline SVG (drawn here, nothing
/// fetched). The link starts at <c>Sharing:PublicBaseUrl</c> when the deployment sets one (behind a proxy the
/// request may not know its public address), else at the request's own scheme and host.
/// </summary>
public sealed record ShareLink(string Code, string Url, string QrSvg)
{
    public static ShareLink For(string code, HttpRequest request, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Sharing:PublicBaseUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.TrimEnd('/');
        var url = root + "/clinician/redeem?code=" + Uri.EscapeDataString(ShareCodes.Grouped(code));
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
