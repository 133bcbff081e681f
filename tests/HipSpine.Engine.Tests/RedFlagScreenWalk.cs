using HipSpine.Engine.Interview;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Walks the interview of a 30-year-old who marks one body region and answers "no" to every red-flag question, and
/// returns the red-flag questions it was asked: how the tests of a question's <c>askIf</c> see who is asked what.
/// </summary>
internal static class RedFlagScreenWalk
{
    private static readonly InterviewPlanner Planner = new(Kb.Engine, InterviewScreensLoader.Load(Kb.Knowledge));

    public static HashSet<string> QuestionsAsked(string? sex, string site)
    {
        var state = InterviewState.Start with { Age = 30, Sex = sex };
        var questions = new HashSet<string>(StringComparer.Ordinal);
        for (var step = Planner.Next(state); step is not InterviewFinished; step = Planner.Next(state))
        {
            switch (step)
            {
                case AskBodyMap map:
                    state = state.With(new AnsweredStep("bodymap", map.Regions.ToDictionary(q => q.Code, q => (string?)(q.Code == site ? "true" : "false"))));
                    break;
                case AskQuestions { RedFlagPhase: true } ask:
                    questions.UnionWith(ask.Questions.Select(q => q.Code));
                    state = state.With(new AnsweredStep(ask.StepId, ask.Questions.ToDictionary(q => q.Code, q => (string?)"false")));
                    break;
                default:
                    return questions;
            }
        }

        return questions;
    }
}
