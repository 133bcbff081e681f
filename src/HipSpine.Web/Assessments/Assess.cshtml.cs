using HipSpine.Engine.Interview;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>
/// The interview. Each step has its own address (<c>/assess?s=</c> the protected state it continues from);
/// answers are posted and answered with a redirect to the next step's address (post/redirect/get), so the
/// browser's Back and Forward move between steps. The server keeps nothing between requests: the state travels
/// in the address and the form (tampered: 400), and the furthest answers in a protected cookie
/// (<see cref="InterviewMemory"/>) that fills in a step reached again. The last step is "Check your answers".
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class AssessModel(InterviewPlanner planner, InterviewStateProtector protector, InterviewMemory memory, KnowledgeText text) : PageModel
{
    public InterviewStep Step { get; private set; } = new AskAboutYou();

    public string StateToken { get; private set; } = "";

    /// <summary>1-based number of the step shown.</summary>
    public int StepNumber { get; private set; } = 1;

    /// <summary>The most steps an interview can have: a fixed scale, so the progress bar never goes backwards.</summary>
    public int MostSteps => planner.Screens.Count + 2;

    public bool CanGoBack { get; private set; }

    /// <summary>Reached from "Check your answers": after this step, the remembered later answers are taken again.</summary>
    public bool Changing { get; private set; }

    /// <summary>Field (age, sex or finding code) to message; filled when the last answers were refused.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The refused form, or the remembered answers of this step, so the person sees what they entered.</summary>
    public IFormCollection? Posted { get; private set; }

    /// <summary>Every answered step in words, with the address that changes it (the "Check your answers" page).</summary>
    public IReadOnlyList<CheckedStep>? Check { get; private set; }

    public ResultView? Result { get; private set; }

    public IActionResult OnGet(string? s, bool result = false, bool change = false)
    {
        if (s is null)
        {
            InterviewMemory.Forget(HttpContext); // a fresh start forgets an earlier interview's answers
            Show(InterviewState.Start, result: false);
            return Page();
        }

        if (!protector.TryUnprotect(s, out var state))
        {
            return BadRequest();
        }

        Changing = change;
        Show(state, result);
        Posted ??= InterviewMemory.FormOf(memory.Read(Request), Step);
        return Page();
    }

    public IActionResult OnPost(string? state, string? back, bool change = false)
    {
        if (!protector.TryUnprotect(state, out var current))
        {
            return BadRequest();
        }

        if (back is not null)
        {
            return ToStep(current.Back(), change: false);
        }

        var next = Answer(current, planner.Next(current));
        if (Errors.Count > 0)
        {
            Posted = Request.Form;
            Changing = change;
            Show(current, result: false);
            return Page();
        }

        var remembered = memory.Read(Request);
        if (change)
        {
            next = InterviewMemory.Replay(planner, next, remembered);
        }

        memory.Remember(HttpContext, Furthest(next, remembered));
        return ToStep(next, change: false);
    }

    /// <summary>From "Tell us in your own words" (Story/): the reviewed answers start the interview, which asks the rest.</summary>
    public IActionResult OnPostStory([FromServices] Story.StoryHandOver story)
    {
        if (!story.TryRead(Request.Form, out var state))
        {
            return BadRequest();
        }

        memory.Remember(HttpContext, state);
        return ToStep(state, change: false);
    }

    private RedirectToPageResult ToStep(InterviewState state, bool change) =>
        RedirectToPage("/Assessments/Assess", change ? new { s = protector.Protect(state), change } : new { s = protector.Protect(state) });

    /// <summary>What to remember: the new state, with the remembered answers of later steps kept for a later Back.</summary>
    private static InterviewState Furthest(InterviewState next, InterviewState? remembered)
    {
        if (remembered is null)
        {
            return next;
        }

        var later = remembered.Steps.Where(r => next.Steps.All(s => s.StepId != r.StepId));
        return next with { Steps = [.. next.Steps, .. later] };
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
                var regions = AnswerForm.ReadBodyMap(map, Request.Form, Errors);
                return Errors.Count > 0 ? current : current.With(regions);
            case AskQuestions ask:
                var answers = AnswerForm.ReadQuestions(ask.Questions, Request.Form, Errors);
                return Errors.Count > 0 ? current : current.With(new AnsweredStep(ask.StepId, answers));
            default:
                return current; // finished: a repeated POST simply shows the result again
        }
    }

    private void Show(InterviewState state, bool result)
    {
        Step = planner.Next(state);
        StateToken = protector.Protect(state);
        StepNumber = state.Age is null ? 1 : state.Steps.Count + 2;
        CanGoBack = state.Age is not null;
        if (Step is not InterviewFinished finished)
        {
            return;
        }

        if (finished.StoppedForEmergency || result)
        {
            var subject = InterviewAnswers.ToCase(text.Knowledge, state);
            Result = ResultView.Build(text, finished.Result, subject, finished.StoppedForEmergency, StateToken);
            return;
        }

        Check = CheckedStep.All(text, state, s => protector.Protect(s),
            id => planner.Screens.FirstOrDefault(s => "screen:" + s.Id == id)?.Title);
    }
}
