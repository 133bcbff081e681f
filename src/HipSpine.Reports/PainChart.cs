using System.Globalization;
using PdfSharp.Drawing;

namespace HipSpine.Reports;

/// <summary>Draws pain (0-10) over time as a line chart with labelled axes.</summary>
internal static class PainChart
{
    public const double Height = 120;

    /// <summary>The height the chart takes on the page, axes labels included (its heading keeps this much with it).</summary>
    public const double BlockHeight = Height + 24;

    public static void Draw(PageWriter writer, IReadOnlyList<DatedValue> points, double height = Height)
    {
        var top = writer.Reserve(height + 24);
        var g = writer.Graphics;
        var left = writer.Left + 26;
        var width = writer.Width - 30;
        var bottom = top + height;
        var axis = new XPen(XColors.Gray, 0.7);
        var small = PageWriter.Font(7.5);
        g.DrawLine(axis, left, top, left, bottom);
        g.DrawLine(axis, left, bottom, left + width, bottom);
        foreach (var tick in new[] { 0, 5, 10 })
        {
            var y = bottom - (tick / 10.0 * height);
            g.DrawString(tick.ToString(CultureInfo.InvariantCulture), small, XBrushes.Black, new XPoint(writer.Left + 8, y + 3));
            g.DrawLine(new XPen(XColors.LightGray, 0.4), left, y, left + width, y);
        }

        var ordered = points.OrderBy(p => p.Date).ToArray();
        var first = ordered[0].Date;
        var span = Math.Max(1, ordered[^1].Date.DayNumber - first.DayNumber);
        XPoint At(DatedValue p) => new(left + ((p.Date.DayNumber - first.DayNumber) / (double)span * width), bottom - (Math.Clamp(p.Value, 0, 10) / 10 * height));
        var line = new XPen(XColor.FromArgb(0x0B, 0x4F, 0x9C), 1.6);
        for (var i = 1; i < ordered.Length; i++)
        {
            g.DrawLine(line, At(ordered[i - 1]), At(ordered[i]));
        }

        foreach (var p in ordered)
        {
            var at = At(p);
            g.DrawEllipse(XBrushes.DarkBlue, at.X - 1.8, at.Y - 1.8, 3.6, 3.6);
        }

        g.DrawString(first.ToString("d MMM yyyy", CultureInfo.InvariantCulture), small, XBrushes.Black, new XPoint(left, bottom + 11));
        var last = ordered[^1].Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        g.DrawString(last, small, XBrushes.Black, new XPoint(left + width - g.MeasureString(last, small).Width, bottom + 11));
    }
}
