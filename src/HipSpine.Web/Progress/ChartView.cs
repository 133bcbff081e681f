using System.Globalization;

namespace HipSpine.Web.Progress;

/// <summary>One series of a chart: a name for the legend and table, a colour, and a value per x position.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<double?> Values);

/// <summary>
/// A small hand-written SVG chart (line or grouped bars) with axes and labels, and the same numbers as a
/// table. Coordinates are computed here and formatted invariantly so the markup never depends on a culture.
/// </summary>
public sealed record ChartView(string Id, string Title, string Description, string XTitle, string YTitle, double YMax, IReadOnlyList<string> XLabels, IReadOnlyList<ChartSeries> Series, bool Bars)
{
    public const int Width = 640;
    public const int Height = 260;
    public const int Left = 44;
    public const int Right = 12;
    public const int Top = 12;
    public const int Bottom = 48;

    private double PlotWidth => Width - Left - Right;

    private double PlotHeight => Height - Top - Bottom;

    private double Slot => PlotWidth / Math.Max(1, XLabels.Count);

    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The centre of x position <paramref name="i"/>.</summary>
    public string X(int i) => N(Left + (Slot * (i + 0.5)));

    public string Y(double value) => N(Top + PlotHeight - (PlotHeight * Math.Clamp(value, 0, YMax) / YMax));

    public string Baseline => N(Top + PlotHeight);

    public string RightEdge => N(Width - Right);

    /// <summary>The y-axis ticks: about five round steps from 0 to the maximum.</summary>
    public IEnumerable<double> Ticks
    {
        get
        {
            var step = YMax <= 10 ? 2 : Math.Ceiling(YMax / 5);
            for (var v = 0.0; v <= YMax + 0.001; v += step)
            {
                yield return v;
            }
        }
    }

    /// <summary>Labels of the x axis, thinned so at most about 10 show.</summary>
    public bool ShowLabel(int i) => i % Math.Max(1, (int)Math.Ceiling(XLabels.Count / 10.0)) == 0;

    /// <summary>A line series as polyline points (gaps are skipped, the line joins the known values).</summary>
    public string Points(ChartSeries series) => string.Join(' ', series.Values
        .Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => $"{X(p.i)},{Y(p.v!.Value)}"));

    /// <summary>The rectangle of bar <paramref name="s"/> at x position <paramref name="i"/>: x, y, width, height.</summary>
    public (string X, string Y, string W, string H) Bar(int i, int s, double value)
    {
        var groupWidth = Slot * 0.7;
        var barWidth = groupWidth / Series.Count;
        var x = Left + (Slot * i) + (Slot * 0.15) + (barWidth * s);
        var top = Top + PlotHeight - (PlotHeight * Math.Clamp(value, 0, YMax) / YMax);
        return (N(x), N(top), N(barWidth - 1), N(Top + PlotHeight - top));
    }
}
