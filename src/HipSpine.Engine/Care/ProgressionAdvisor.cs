using System.Globalization;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Care;

/// <summary>One logged session of an exercise: pain during it, and whether next morning was back to baseline.</summary>
public sealed record ExerciseSession(DateOnly Date, int PainDuring, bool? BackToBaselineNextMorning);

/// <summary>What to do at the next session, which rule decided, and why in plain words.</summary>
public sealed record ProgressionDecision(ProgressionAction Action, string Rule, string Reason);

/// <summary>
/// The pain-monitoring model (facts sheet section 6): pain up to 5/10 during exercise is acceptable and it
/// should settle by the next morning. Step back when either fails; advance only after the set number of
/// consecutive sessions that meet both; otherwise hold.
/// </summary>
public static class ProgressionAdvisor
{
    public static ProgressionDecision Decide(IReadOnlyList<ExerciseSession> sessions, ProgressionRule rule)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(rule);
        if (sessions.Count == 0)
        {
            return new ProgressionDecision(ProgressionAction.Hold, "start", "Start at the dose in your plan and note your pain during and the next morning.");
        }

        var ordered = sessions.OrderBy(s => s.Date).ToArray();
        var last = ordered[^1];
        var limit = rule.AcceptablePainDuring.ToString(CultureInfo.InvariantCulture);
        if (last.PainDuring > rule.AcceptablePainDuring)
        {
            return new ProgressionDecision(ProgressionAction.StepBack, "pain_during",
                $"Pain during the exercise was {last.PainDuring}/10, above the acceptable {limit}/10: make it easier or do fewer repetitions next time.");
        }

        if (last.BackToBaselineNextMorning == false)
        {
            return new ProgressionDecision(ProgressionAction.StepBack, "next_morning",
                "Pain or stiffness had not settled by the next morning: reduce the load next time.");
        }

        var recent = ordered.TakeLast(rule.SessionsToAdvance).ToArray();
        var allGood = recent.Length >= rule.SessionsToAdvance
            && recent.All(s => s.PainDuring <= rule.AcceptablePainDuring && s.BackToBaselineNextMorning == true);
        if (allGood)
        {
            return new ProgressionDecision(ProgressionAction.Advance, "ready_to_progress", string.Create(CultureInfo.InvariantCulture,
                $"{rule.SessionsToAdvance} sessions in a row with pain at or below {limit}/10 that settled by the next morning: add up to {rule.LoadStepPercent}% load, or a few more repetitions or seconds."));
        }

        return new ProgressionDecision(ProgressionAction.Hold, "keep_going",
            last.BackToBaselineNextMorning is null
                ? "Note how you feel tomorrow morning; keep the same level until two good sessions in a row."
                : "A good session: repeat the same level until two good sessions in a row.");
    }
}
