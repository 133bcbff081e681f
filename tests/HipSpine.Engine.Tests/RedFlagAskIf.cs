using HipSpine.Engine.Interview;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// What the tests of a red-flag question's <c>askIf</c> share: who is asked it in the interview, and the answers that
/// would allow self care but for that one question.
/// </summary>
internal static class RedFlagAskIf
{
    private static readonly InterviewPlanner Planner = new(Kb.Engine, InterviewScreensLoader.Load(Kb.Knowledge));

    /// <summary>The red-flag questions asked of a 30-year-old who marks one body region and answers "no" to each of them.</summary>
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

    /// <summary>
    /// Every yes/no red-flag question a patient answers, answered no except <paramref name="unanswered"/>, with
    /// <paramref name="site"/> marked and a month of mild, steady pain that does not hamper walking.
    /// </summary>
    public static List<(string Code, object Value)> SelfCareAnswersWithout(string unanswered, string site)
    {
        var answers = Kb.Knowledge.RedFlagFindings.Where(f => !f.IsClinicianOnly && f.Code != unanswered && f.Type == FindingType.Bool)
            .Select(f => (f.Code, (object)false)).ToList();
        answers.AddRange([(site, true), ("episode.duration_days", 30), ("episode.worsening", false),
            ("pain.severity_worst", 3), ("func.difficulty_walking_standing", false)]);
        return answers;
    }
}
