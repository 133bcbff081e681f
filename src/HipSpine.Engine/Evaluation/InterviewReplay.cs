using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Evaluation;

/// <summary>How one labelled case fared when replayed through the interview.</summary>
public sealed record InterviewReplayOutcome(
    string Id,
    int Questions,
    int FindingsAsked,
    bool StoppedForEmergency,
    string InterviewUrgency,
    string FullUrgency,
    IReadOnlyList<string> InterviewTopGroups,
    IReadOnlyList<string> FullTopGroups,
    string? ExpectedGroup)
{
    /// <summary>The interview reached the same urgency as evaluating every patient answer.</summary>
    public bool SameUrgency => InterviewUrgency == FullUrgency;

    /// <summary>The expected group is in the interview's top three whenever it is in the full evaluation's.</summary>
    public bool KeepsTop3 => ExpectedGroup is null || !FullTopGroups.Contains(ExpectedGroup) || InterviewTopGroups.Contains(ExpectedGroup);
}

/// <summary>
/// Replays labelled cases through the same interview logic the web uses: the person answers from the case's
/// patient findings, and anything the case does not state is "not sure". One question = one screen.
/// </summary>
public static class InterviewReplay
{
    public static InterviewReplayOutcome Replay(InterviewPlanner planner, Assessment.AssessmentEngine engine, LabelledCase labelled)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(labelled);
        var subject = labelled.PatientOnly;
        var state = InterviewState.Start;
        for (var guard = 0; guard < 200; guard++)
        {
            switch (planner.Next(state))
            {
                case AskAboutYou:
                    state = state with { Age = subject.Age, Sex = subject.Sex };
                    break;
                case AskBodyMap map:
                    // The body map has no "not sure": a region the person does not mark is a "no", as on the web page.
                    state = state.With(new AnsweredStep("bodymap", map.Regions.ToDictionary(
                        q => q.Code, q => (string?)(Text(q.Definition, subject[q.Definition.Index]) ?? "false"), StringComparer.Ordinal)));
                    break;
                case AskQuestions ask:
                    state = state.With(new AnsweredStep(ask.StepId, AnswersFrom(subject, ask.Questions)));
                    break;
                case InterviewFinished done:
                    var full = engine.Assess(subject);
                    return new InterviewReplayOutcome(
                        labelled.Id,
                        done.ScreensAsked,
                        done.FindingsAsked,
                        done.StoppedForEmergency,
                        done.Result.Urgency,
                        full.Urgency,
                        done.Result.Sources.Take(3).Select(s => s.Group).ToArray(),
                        full.Sources.Take(3).Select(s => s.Group).ToArray(),
                        labelled.Expected.Group);
            }
        }

        throw new InvalidOperationException($"the interview did not finish for case {labelled.Id}");
    }

    private static Dictionary<string, string?> AnswersFrom(AssessmentCase subject, IEnumerable<FindingQuestion> questions) =>
        questions.ToDictionary(q => q.Code, q => Text(q.Definition, subject[q.Definition.Index]), StringComparer.Ordinal);

    private static string? Text(FindingDefinition definition, FindingValue value) =>
        !value.IsKnown ? null : definition.Type switch
        {
            FindingType.Bool => value.AsBool ? "true" : "false",
            FindingType.Int => value.Number.ToString(CultureInfo.InvariantCulture),
            _ => definition.Values[value.Number],
        };
}
