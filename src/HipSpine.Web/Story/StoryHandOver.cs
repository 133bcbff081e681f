using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Assessments;

namespace HipSpine.Web.Story;

/// <summary>
/// Turns the reviewed story (age, sex, body map, the understood answers the person kept or changed) into the
/// interview's state, so the interview goes on from there and asks only what is still needed. Red-flag
/// findings are never handed over: every red-flag screen is still asked explicitly, whatever the text said.
/// </summary>
public sealed class StoryHandOver(KnowledgeBase knowledge)
{
    /// <summary>The hidden field listing the findings the review offered.</summary>
    public const string CodesField = "story.codes";

    public const string StepId = "story";

    private readonly FindingQuestion[] regions = knowledge.Questions.Where(q => IsRegion(q.Code)).ToArray();

    /// <summary>Findings the story may answer: patient findings that are not red flags and not on the body map.</summary>
    public bool MayHandOver(FindingQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return !question.RedFlag && !question.Definition.IsClinicianOnly && !IsRegion(question.Code);
    }

    public IReadOnlyList<FindingQuestion> Regions => regions;

    /// <summary>False when the form is not a review this page made (missing age, a value out of range): the caller refuses it.</summary>
    public bool TryRead(IFormCollection form, out InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(form);
        state = InterviewState.Start;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (age, sex) = AnswerForm.ReadAboutYou(form, errors);
        var offered = form[CodesField].ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(knowledge.FindQuestion)
            .OfType<FindingQuestion>()
            .Where(MayHandOver)
            .DistinctBy(q => q.Code)
            .ToArray();
        var answers = AnswerForm.ReadQuestions(offered, form, errors);
        if (errors.Count > 0)
        {
            return false;
        }

        // "Not sure" on the review leaves the question to the interview rather than answering it.
        var kept = answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var bodyMap = AnswerForm.ReadBodyMap(new AskBodyMap(regions, 0, 0), form);
        state = new InterviewState(age, sex, [bodyMap, new AnsweredStep(StepId, kept)]);
        return true;
    }

    private static bool IsRegion(string code) => code.StartsWith("where.", StringComparison.Ordinal);
}
