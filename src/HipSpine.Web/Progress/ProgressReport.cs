using System.Globalization;
using HipSpine.Data;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;
using HipSpine.Records;

namespace HipSpine.Web.Progress;

/// <summary>The progression decision for one exercise, in plain words.</summary>
public sealed record ExerciseDecision(string Name, int Sessions, ProgressionDecision Decision);

/// <summary>
/// Everything the progress page shows, computed from the diary, outcome scores and plan: charts, the weekly
/// summary, the progression decision per exercise (ProgressionAdvisor) and prompts to book a review (EscalationAdvisor).
/// </summary>
public sealed record ProgressReport(
    string WeeklySummary,
    IReadOnlyList<EscalationPrompt> Prompts,
    IReadOnlyList<ExerciseDecision> Decisions,
    ChartView Pain,
    ChartView Adherence,
    ChartView? Outcomes)
{
    public const int PainChartDays = 84;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ProgressReport Build(PlanContext context, PlanFrame frame, IReadOnlyList<DiaryEntry> entries, IReadOnlyList<OutcomeScore> scores, DateOnly today, DateOnly chartStart)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(scores);
        var start = context.Row!.StartDate;
        // The last 12 weeks keep the page small however long the diary grows.
        var days = entries.Where(e => DayOf(e) <= today && DayOf(e) > today.AddDays(-PainChartDays)).GroupBy(DayOf).OrderBy(g => g.Key).ToArray();
        var exerciseDays = entries.Where(e => e.Exercises.Count > 0).Select(DayOf).ToHashSet();

        var pain = new ChartView("pain", "Pain over time", "Your average pain for each day with diary entries in the last 12 weeks, 0 to 10.", "Day", "Pain (0-10)", 10,
            days.Select(d => d.Key.ToString("d MMM", Inv)).ToArray(),
            [new ChartSeries("Average pain", "#1d4f91", days.Select(d => (double?)Math.Round(d.Average(e => e.Pain), 1)).ToArray())], Bars: false);

        // Plan weeks that began on or after chartStart only: a plan started long ago still draws a bounded chart.
        var firstWeek = context.WeekOf(chartStart);
        var weeks = Enumerable.Range(firstWeek, Math.Max(0, context.WeekOf(today) - firstWeek + 1)).ToArray();
        var planned = weeks.Select(w => (double?)PlanContext.SessionsPerWeek(context.PhaseOfWeek(w))).ToArray();
        var done = weeks.Select(w => (double?)exerciseDays.Count(d => d >= start.AddDays((w - 1) * 7) && d < start.AddDays(w * 7))).ToArray();
        var adherence = new ChartView("adherence", "Exercise sessions per week", "Days with exercise sessions logged in each plan week, beside the sessions planned.",
            "Plan week", "Sessions", Math.Max(7, planned.Concat(done).Max() ?? 7), weeks.Select(w => "Week " + w.ToString(Inv)).ToArray(),
            [new ChartSeries("Planned", "#9db7d9", planned), new ChartSeries("Done", "#1d4f91", done)], Bars: true);

        return new ProgressReport(
            Summary(entries, exerciseDays, PlanContext.SessionsPerWeek(context.PhaseOfWeek(context.WeekOf(today))), today),
            EscalationAdvisor.Check(entries.Select(e => new PainScore(DayOf(e), e.Pain)).ToArray(), start, today, frame.Escalation),
            DecideAll(context, entries, frame.Progression, today),
            pain,
            adherence,
            OutcomesChart(frame, scores));
    }

    private static DateOnly DayOf(DiaryEntry e) => DateOnly.FromDateTime(e.At);

    /// <summary>"This week your average pain was 4.2, down from 5.1; you did 5 of 6 planned sessions."</summary>
    private static string Summary(IReadOnlyList<DiaryEntry> entries, HashSet<DateOnly> exerciseDays, int planned, DateOnly today)
    {
        double? Mean(int fromDaysAgo, int toDaysAgo)
        {
            var week = entries.Where(e => DayOf(e) > today.AddDays(-fromDaysAgo) && DayOf(e) <= today.AddDays(-toDaysAgo)).ToArray();
            return week.Length == 0 ? null : Math.Round(week.Average(e => e.Pain), 1);
        }

        var now = Mean(7, 0);
        var before = Mean(14, 7);
        var sessions = exerciseDays.Count(d => d > today.AddDays(-7) && d <= today);
        var pain = now is null ? "You have no diary entries in the last 7 days yet"
            : before is null ? string.Create(Inv, $"This week your average pain was {now:0.0}")
            : string.Create(Inv, $"This week your average pain was {now:0.0}, {(now < before ? "down" : now > before ? "up" : "the same as")}{(now == before ? "" : " from")} {before:0.0}");
        return string.Create(Inv, $"{pain}; you did {sessions} of {planned} planned exercise sessions.");
    }

    private static IReadOnlyList<ExerciseDecision> DecideAll(PlanContext context, IReadOnlyList<DiaryEntry> entries, ProgressionRule rule, DateOnly today)
    {
        var current = context.PhaseOfWeek(context.WeekOf(today)).Exercises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return context.AllExercises
            .Select(e => (e, sessions: entries.SelectMany(d => d.Exercises.Where(x => x.ExerciseId == e.Id).Select(x => new ExerciseSession(
                DayOf(d), x.PainDuring ?? 0, x.NextMorning switch { ExerciseLog.NextMorningYes => true, ExerciseLog.NextMorningNo => false, _ => null }))).ToArray()))
            .Where(p => p.sessions.Length > 0 || current.Contains(p.e.Id))
            .Select(p => new ExerciseDecision(p.e.Name, p.sessions.Length, ProgressionAdvisor.Decide(p.sessions, rule)))
            .ToArray();
    }

    private static ChartView? OutcomesChart(PlanFrame frame, IReadOnlyList<OutcomeScore> scores)
    {
        if (scores.Count == 0)
        {
            return null;
        }

        var dates = scores.Select(s => s.Date).Distinct().Order().ToArray();
        string[] colours = ["#1d4f91", "#b3261e", "#2e7d32"];
        var series = frame.Measures.Select((m, k) => new ChartSeries(
                m.Id switch { "nprs" => "NPRS (lower is better)", "peg3" => "PEG-3 (lower is better)", "psfs" => "PSFS (higher is better)", _ => m.Id },
                colours[k % colours.Length],
                dates.Select(d => scores.Where(s => s.Measure == m.Id && s.Date == d).Select(s => (double?)s.Score).LastOrDefault()).ToArray()))
            .Where(s => s.Values.Any(v => v is not null))
            .ToArray();
        return new ChartView("outcomes", "Outcome scores", "Your outcome measure scores by date, each 0 to 10.", "Date", "Score (0-10)", 10,
            dates.Select(d => d.ToString("d MMM", Inv)).ToArray(), series, Bars: false);
    }
}
