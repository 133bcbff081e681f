using PdfSharp.Fonts;

namespace HipSpine.Reports;

/// <summary>
/// Serves the embedded DejaVu Sans faces to PDFsharp for every family it asks for: on Linux PDFsharp cannot
/// read system fonts and throws without a resolver.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();
    private static bool installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new DejaVuFontResolver();
                installed = true;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream($"HipSpine.Reports.Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"font {faceName} is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
