using HipSpine.Engine.Interview;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>
/// The interview, one step per POST. The whole state travels in a protected hidden field, so the server
/// keeps nothing between requests and a tampered field is refused (400).
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class AssessModel(InterviewPlanner planner, InterviewStateProtector protector, KnowledgeText text) : PageModel
{
    public InterviewStep Step { get; private set; } = new AskAboutYou();

    public string StateToken { get; private set; } = "";

    /// <summary>1-based number of the step shown.</summary>
    public int StepNumber { get; private set; } = 1;

    /// <summary>The planner's estimate of the steps still to come (it adapts to the answers).</summary>
    public int Remaining { get; private set; }

    public bool CanGoBack { get; private set; }

    /// <summary>Field (age, sex or finding code) to message; filled when the last answers were refused.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The refused form, so the person sees what they entered next to the error.</summary>
    public IFormCollection? Posted { get; private set; }

    public ResultView? Result { get; private set; }

    public void OnGet() => Show(InterviewState.Start);

    public IActionResult OnPost(string? state, string? back)
    {
        if (!protector.TryUnprotect(state, out var current))
        {
            return BadRequest();
        }

        if (back is not null)
        {
            Show(current.Back());
            return Page();
        }

        var next = Answer(current, planner.Next(current));
        if (Errors.Count > 0)
        {
            Posted = Request.Form;
            Show(current);
            return Page();
        }

        Show(next);
        return Page();
    }

    /// <summary>From "Tell us in your own words" (Story/): the reviewed answers start the interview, which asks the rest.</summary>
    public IActionResult OnPostStory([FromServices] Story.StoryHandOver story)
    {
        if (!story.TryRead(Request.Form, out var state))
        {
            return BadRequest();
        }

        Show(state);
        return Page();
    }

    /// <summary>The state after this step's answers, or the same state with <see cref="Errors"/> filled.</summary>
    private InterviewState Answer(InterviewState current, InterviewStep step)
    {
        switch (step)
        {
            case AskAboutYou:
                var (age, sex) = AnswerForm.ReadAboutYou(Request.Form, Errors);
                return Errors.Count > 0 ? current : new InterviewState(age, sex, []);
            case AskBodyMap map:
                return current.With(AnswerForm.ReadBodyMap(map, Request.Form));
            case AskQuestions ask:
                var answers = AnswerForm.ReadQuestions(ask.Questions, Request.Form, Errors);
                return Errors.Count > 0 ? current : current.With(new AnsweredStep(ask.StepId, answers));
            default:
                return current; // finished: a repeated POST simply shows the result again
        }
    }

    private void Show(InterviewState state)
    {
        Step = planner.Next(state);
        StateToken = protector.Protect(state);
        StepNumber = state.Age is null ? 1 : state.Steps.Count + 2;
        CanGoBack = state.Age is not null;
        Remaining = Step switch
        {
            AskBodyMap map => map.Remaining,
            AskQuestions ask => ask.Remaining,
            AskAboutYou => planner.Screens.Count(s => s.HasRedFlag) + 5,
            _ => 0,
        };
        if (Step is InterviewFinished finished)
        {
            var subject = InterviewAnswers.ToCase(text.Knowledge, state);
            Result = ResultView.Build(text, finished.Result, subject, finished.StoppedForEmergency, StateToken);
        }
    }
}
