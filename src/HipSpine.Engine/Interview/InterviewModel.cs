using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Engine.Interview;

/// <summary>
/// A group of closely related yes/no questions asked on one screen (from <c>knowledge/interview.yaml</c>),
/// e.g. the warning signs of nerve compression. Answering it answers each finding (yes, no or not sure).
/// </summary>
public sealed record InterviewScreen(string Id, string Title, string Intro, string Why, IReadOnlyList<FindingQuestion> Questions)
{
    public bool HasRedFlag => Questions.Any(q => q.RedFlag);
}

/// <summary>
/// Everything answered so far, in the order it was asked, so it can live in the request (a protected form
/// field) or the database and "Back" is simply dropping the last step. A null answer means "not sure".
/// </summary>
public sealed record InterviewState(int? Age, string? Sex, IReadOnlyList<AnsweredStep> Steps)
{
    public static InterviewState Start { get; } = new(null, null, []);

    public InterviewState With(AnsweredStep step) => this with { Steps = [.. Steps, step] };

    /// <summary>Drops the last answered step (or the age and sex when no step is left).</summary>
    public InterviewState Back() => Steps.Count > 0 ? this with { Steps = Steps.Take(Steps.Count - 1).ToArray() } : Start;

    public IEnumerable<string> AnsweredCodes => Steps.SelectMany(s => s.Answers.Keys);
}

/// <summary>The answers given on one step: finding code to value text ("true", "false", a number, a choice) or null.</summary>
public sealed record AnsweredStep(string StepId, IReadOnlyDictionary<string, string?> Answers);

/// <summary>What the interview does next.</summary>
public abstract record InterviewStep;

/// <summary>Ask the person for their age and sex (always first).</summary>
public sealed record AskAboutYou : InterviewStep;

/// <summary>Ask where it hurts on the body map (the where.* findings).</summary>
public sealed record AskBodyMap(IReadOnlyList<FindingQuestion> Regions, int Asked, int Remaining) : InterviewStep
{
    /// <summary>The side question (left, right or both), asked beside the map; answered only when a sided region is ticked.</summary>
    public FindingQuestion? Side { get; init; }
}

/// <summary>Ask one screen: a single question or a group of related yes/no questions.</summary>
public sealed record AskQuestions(
    string StepId,
    string Title,
    string Intro,
    string Why,
    bool RedFlagPhase,
    IReadOnlyList<FindingQuestion> Questions,
    int Asked,
    int Remaining) : InterviewStep;

/// <summary>The interview is over: the result, and whether it stopped early for an emergency.</summary>
public sealed record InterviewFinished(AssessmentResult Result, bool StoppedForEmergency, int ScreensAsked, int FindingsAsked) : InterviewStep;
