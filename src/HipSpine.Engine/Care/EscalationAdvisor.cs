using System.Globalization;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Care;

/// <summary>A pain score (0-10) logged on a day.</summary>
public sealed record PainScore(DateOnly Date, int Pain);

/// <summary>A prompt to book a review, with the rule and plain reason.</summary>
public sealed record EscalationPrompt(string Rule, string Message, string Reference);

/// <summary>
/// When a plan should send the person back to a clinician: no meaningful improvement (less than the set
/// points or percent) by the review week, or pain getting worse over the set window. Red flags reported in a
/// diary check-in are handled by re-running triage, not here.
/// </summary>
public static class EscalationAdvisor
{
    public static IReadOnlyList<EscalationPrompt> Check(IReadOnlyList<PainScore> scores, DateOnly planStart, DateOnly today, EscalationRule rule)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(rule);
        var prompts = new List<EscalationPrompt>();
        var ordered = scores.Where(s => s.Date <= today).OrderBy(s => s.Date).ToArray();
        if (ordered.Length == 0)
        {
            return prompts;
        }

        if (Worsening(ordered, today, rule.WorseningWindowDays) is { } rise)
        {
            prompts.Add(new EscalationPrompt("worsening", string.Create(CultureInfo.InvariantCulture,
                $"Your pain has gone up by about {rise:0.#} points over the last {rule.WorseningWindowDays / 7} weeks. Book a review with your doctor or physiotherapist."), rule.Reference));
        }

        var reviewDay = planStart.AddDays(rule.ReviewWeek * 7);
        if (today >= reviewDay)
        {
            var baseline = ordered.Where(s => s.Date < planStart.AddDays(7)).Select(s => s.Pain).DefaultIfEmpty(ordered[0].Pain).Average();
            var current = ordered.Where(s => s.Date > today.AddDays(-7)).Select(s => (double)s.Pain).DefaultIfEmpty(ordered[^1].Pain).Average();
            var points = baseline - current;
            var percent = baseline > 0 ? 100 * points / baseline : 0;
            if (baseline > 0 && points < rule.MinimumImprovementPoints && percent < rule.MinimumImprovementPercent)
            {
                prompts.Add(new EscalationPrompt("no_meaningful_improvement", string.Create(CultureInfo.InvariantCulture,
                    $"After {rule.ReviewWeek} weeks your pain has changed from about {baseline:0.#} to {current:0.#} out of 10 - less than the {rule.MinimumImprovementPoints} points or {rule.MinimumImprovementPercent}% that counts as a real improvement. Book a review with your doctor or physiotherapist."), rule.Reference));
            }
        }

        return prompts;
    }

    /// <summary>The rise in mean pain from the first to the second half of the window, when it is at least 1 point.</summary>
    private static double? Worsening(PainScore[] ordered, DateOnly today, int windowDays)
    {
        var half = windowDays / 2;
        var earlier = ordered.Where(s => s.Date > today.AddDays(-windowDays) && s.Date <= today.AddDays(-half)).ToArray();
        var later = ordered.Where(s => s.Date > today.AddDays(-half)).ToArray();
        if (earlier.Length == 0 || later.Length == 0)
        {
            return null;
        }

        var rise = later.Average(s => s.Pain) - earlier.Average(s => s.Pain);
        return rise >= 1 ? rise : null;
    }
}
