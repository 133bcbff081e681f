namespace HipSpine.Engine.Evaluation;

/// <summary>A proportion with its 95 % Wilson score interval (sound for small samples and for 0 or n events).</summary>
public readonly record struct Proportion(int Events, int Total)
{
    private const double Z = 1.959963984540054;

    public double Value => Total == 0 ? 0 : (double)Events / Total;

    public (double Low, double High) Wilson95
    {
        get
        {
            if (Total == 0)
            {
                return (0, 1);
            }

            var p = Value;
            var z2 = Z * Z;
            var centre = (p + (z2 / (2 * Total))) / (1 + (z2 / Total));
            var half = Z * Math.Sqrt((p * (1 - p) / Total) + (z2 / (4.0 * Total * Total))) / (1 + (z2 / Total));
            return (Math.Max(0, centre - half), Math.Min(1, centre + half));
        }
    }

    public override string ToString()
    {
        var (low, high) = Wilson95;
        return FormattableString.Invariant($"{Events}/{Total} = {100 * Value:0.0} % (95 % CI {100 * low:0.0}-{100 * high:0.0} %)");
    }
}

/// <summary>One band of the reliability table: predicted probability against how often the source was the gold one.</summary>
public sealed record ReliabilityBand(double From, double To, int Count, double MeanPredicted, double Observed);

/// <summary>
/// Calibration of the source probabilities against the gold (primary) source of each case. Each (case, source)
/// pair is one prediction whose outcome is 1 for the gold source and 0 for the others. Sources can coexist, so a
/// well-founded probability for a second, coexisting source counts as a miss here: the figures are a lower bound.
/// </summary>
public static class Calibration
{
    private static readonly double[] Edges = [0, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0000001];

    public static double Brier(IEnumerable<CaseOutcome> cases)
    {
        var pairs = Pairs(cases).ToArray();
        return pairs.Length == 0 ? 0 : pairs.Average(x => (x.P - x.Y) * (x.P - x.Y));
    }

    public static IReadOnlyList<ReliabilityBand> Reliability(IEnumerable<CaseOutcome> cases)
    {
        var pairs = Pairs(cases).ToArray();
        var bands = new List<ReliabilityBand>();
        for (var b = 0; b < Edges.Length - 1; b++)
        {
            var inBand = pairs.Where(x => x.P >= Edges[b] && x.P < Edges[b + 1]).ToArray();
            bands.Add(new ReliabilityBand(
                Edges[b],
                Math.Min(1, Edges[b + 1]),
                inBand.Length,
                inBand.Length == 0 ? 0 : inBand.Average(x => x.P),
                inBand.Length == 0 ? 0 : inBand.Average(x => x.Y)));
        }

        return bands;
    }

    private static IEnumerable<(double P, double Y)> Pairs(IEnumerable<CaseOutcome> cases) => cases
        .Where(c => c.ExpectedSource is not null)
        .SelectMany(c => c.Probabilities.Select(kv => (kv.Value, kv.Key == c.ExpectedSource ? 1.0 : 0.0)));
}
