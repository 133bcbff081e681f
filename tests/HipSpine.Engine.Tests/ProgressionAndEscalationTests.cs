using HipSpine.Engine.Care;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Each progression and escalation rule, one test each.</summary>
public class ProgressionAndEscalationTests
{
    private static readonly Knowledge.ProgressionRule Progression = Kb.Knowledge.Care.Plan.Progression;
    private static readonly Knowledge.EscalationRule Escalation = Kb.Knowledge.Care.Plan.Escalation;
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static ExerciseSession S(int day, int pain, bool? settled) => new(Start.AddDays(day), pain, settled);

    [Fact]
    public void Pain_above_five_during_the_exercise_steps_back()
    {
        var d = ProgressionAdvisor.Decide([S(0, 3, true), S(2, 6, true)], Progression);
        Assert.Equal(ProgressionAction.StepBack, d.Action);
        Assert.Equal("pain_during", d.Rule);
        Assert.Contains("6/10", d.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_not_settled_by_the_next_morning_steps_back()
    {
        var d = ProgressionAdvisor.Decide([S(0, 3, true), S(2, 4, false)], Progression);
        Assert.Equal(ProgressionAction.StepBack, d.Action);
        Assert.Equal("next_morning", d.Rule);
    }

    [Fact]
    public void Two_good_sessions_in_a_row_advance()
    {
        var d = ProgressionAdvisor.Decide([S(0, 5, true), S(2, 2, true)], Progression);
        Assert.Equal(ProgressionAction.Advance, d.Action);
        Assert.Equal("ready_to_progress", d.Rule);
    }

    [Fact]
    public void One_good_session_holds()
    {
        Assert.Equal(ProgressionAction.Hold, ProgressionAdvisor.Decide([S(0, 6, true), S(2, 2, true)], Progression).Action);
        Assert.Equal(ProgressionAction.Hold, ProgressionAdvisor.Decide([S(0, 2, null)], Progression).Action);
        Assert.Equal(ProgressionAction.Hold, ProgressionAdvisor.Decide([], Progression).Action);
    }

    private static PainScore P(int day, int pain) => new(Start.AddDays(day), pain);

    [Fact]
    public void No_meaningful_improvement_by_six_weeks_prompts_a_review()
    {
        var scores = Enumerable.Range(0, 43).Select(d => P(d, d < 7 ? 6 : 5)).ToArray();
        var prompts = EscalationAdvisor.Check(scores, Start, Start.AddDays(42), Escalation);
        Assert.Contains(prompts, p => p.Rule == "no_meaningful_improvement");
    }

    [Fact]
    public void Two_points_better_by_six_weeks_is_meaningful_and_prompts_nothing()
    {
        var scores = Enumerable.Range(0, 43).Select(d => P(d, d < 7 ? 6 : 4)).ToArray();
        Assert.Empty(EscalationAdvisor.Check(scores, Start, Start.AddDays(42), Escalation));
    }

    [Fact]
    public void Thirty_percent_better_counts_even_when_under_two_points()
    {
        var scores = Enumerable.Range(0, 43).Select(d => P(d, d < 7 ? 3 : 2)).ToArray();
        Assert.DoesNotContain(EscalationAdvisor.Check(scores, Start, Start.AddDays(42), Escalation), p => p.Rule == "no_meaningful_improvement");
    }

    [Fact]
    public void Before_six_weeks_no_improvement_is_not_yet_a_prompt()
    {
        var scores = Enumerable.Range(0, 30).Select(d => P(d, 6)).ToArray();
        Assert.Empty(EscalationAdvisor.Check(scores, Start, Start.AddDays(29), Escalation));
    }

    [Fact]
    public void Pain_rising_over_two_weeks_prompts_a_review()
    {
        var scores = Enumerable.Range(0, 14).Select(d => P(d, d < 7 ? 3 : 5)).ToArray();
        var prompts = EscalationAdvisor.Check(scores, Start, Start.AddDays(13), Escalation);
        Assert.Contains(prompts, p => p.Rule == "worsening");
    }

    [Fact]
    public void Outcome_measures_score_and_interpret_against_the_minimal_important_change()
    {
        var measures = Kb.Knowledge.Care.Plan.Measures.ToDictionary(m => m.Id);
        Assert.Equal(["nprs", "peg3", "psfs"], measures.Keys.Order());
        Assert.Equal(5, OutcomeScoring.Score("peg3", [4, 5, 6]));
        Assert.Throws<ArgumentException>(() => OutcomeScoring.Score("psfs", [4, 5]));
        Assert.True(OutcomeScoring.Interpret(measures["nprs"], 7, 5).Meaningful);
        Assert.False(OutcomeScoring.Interpret(measures["nprs"], 7, 6).Meaningful);
        Assert.True(OutcomeScoring.Interpret(measures["psfs"], 3, 5.5).Meaningful);
        Assert.Equal("meaningfully worse", OutcomeScoring.Interpret(measures["nprs"], 3, 6).Summary);
    }
}
