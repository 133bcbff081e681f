using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace HipSpine.Reports;

/// <summary>
/// A top-to-bottom writer over A4 pages: wraps text to the page width and starts a new page when the
/// next block does not fit, so the report code only says what to write, in order.
/// </summary>
internal sealed class PageWriter : IDisposable
{
    public const double Margin = 42;
    private readonly PdfDocument document;
    private XGraphics graphics = null!;
    private PdfPage page = null!;

    public PageWriter(PdfDocument document)
    {
        this.document = document;
        NewPage();
    }

    public double Y { get; private set; }

    public double Width => page.Width.Point - (2 * Margin);

    public XGraphics Graphics => graphics;

    public double Left => Margin;

    public static XFont Font(double size, bool bold = false) =>
        new(DejaVuFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>
    /// A heading kept with what follows it: when the heading and <paramref name="keepWithNext"/> points of its
    /// content (by default three lines of body text) do not fit, it starts the next page instead of ending this one.
    /// </summary>
    public void Heading(string text, double size = 13, double keepWithNext = 3 * 9.5 * 1.3)
    {
        Space(6);
        EnsureRoom((size * 1.3 * Math.Max(1, Wrap(text, Font(size, bold: true), Width).Count())) + 2 + keepWithNext);
        Paragraph(text, Font(size, bold: true), XBrushes.Black);
        Space(2);
    }

    public void Paragraph(string text, XFont font, XBrush brush, double indent = 0)
    {
        var lineHeight = font.Size * 1.3;
        foreach (var line in Wrap(text, font, Width - indent))
        {
            EnsureRoom(lineHeight);
            graphics.DrawString(line, font, brush, new XPoint(Left + indent, Y + font.Size));
            Y += lineHeight;
        }
    }

    public void Space(double points) => Y += points;

    /// <summary>Reserves a block of the given height (a new page when it does not fit) and returns its top.</summary>
    public double Reserve(double height)
    {
        EnsureRoom(height);
        var top = Y;
        Y += height;
        return top;
    }

    public void Dispose() => graphics.Dispose();

    private void EnsureRoom(double height)
    {
        if (Y + height > page.Height.Point - Margin - 20)
        {
            graphics.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            yield return line;
        }
    }
}
