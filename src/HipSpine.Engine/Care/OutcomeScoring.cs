using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Care;

/// <summary>A scored outcome measure and how it compares with the first score.</summary>
public sealed record OutcomeInterpretation(string Measure, double Baseline, double Current, double Change, double PercentChange, bool Meaningful, string Summary);

/// <summary>
/// Scores NPRS (one 0-10 item), PEG-3 (mean of three 0-10 items) and PSFS (mean of 3-5 activities, 0-10) and
/// interprets change against the minimal important change in <c>knowledge/plan.yaml</c>. For NPRS and PEG-3
/// lower is better; for PSFS higher is better.
/// </summary>
public static class OutcomeScoring
{
    public static double Score(string measure, IReadOnlyList<int> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var (min, max) = measure switch
        {
            "nprs" => (1, 1),
            "peg3" => (3, 3),
            "psfs" => (3, 5),
            _ => throw new ArgumentException($"unknown measure '{measure}'", nameof(measure)),
        };
        if (items.Count < min || items.Count > max)
        {
            throw new ArgumentException($"{measure} takes {min}-{max} items, not {items.Count}", nameof(items));
        }

        if (items.Any(i => i is < 0 or > 10))
        {
            throw new ArgumentException("every item is scored 0-10", nameof(items));
        }

        return Math.Round(items.Average(), 2);
    }

    public static OutcomeInterpretation Interpret(OutcomeMeasure measure, double baseline, double current)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var higherIsBetter = measure.Id == "psfs";
        var improvement = higherIsBetter ? current - baseline : baseline - current;
        var percent = baseline > 0 ? 100 * improvement / (higherIsBetter ? Math.Max(10 - baseline, 1) : baseline) : 0;
        var meaningful = improvement >= measure.MinimalImportantChange
            || (measure.MinimalImportantPercent > 0 && percent >= measure.MinimalImportantPercent);
        var summary = meaningful ? "a meaningful improvement"
            : improvement <= -measure.MinimalImportantChange ? "meaningfully worse"
            : "no meaningful change yet";
        return new OutcomeInterpretation(measure.Id, baseline, current, Math.Round(improvement, 2), Math.Round(percent, 1), meaningful, summary);
    }
}
