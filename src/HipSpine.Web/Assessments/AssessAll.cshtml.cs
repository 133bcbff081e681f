using HipSpine.Engine.Assessment;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Assessments;

/// <summary>
/// Every question a person can answer, on one page, grouped by knowledge file with the warning signs first. Nothing
/// is preselected (a blank answer counts as "not sure"), so only what the person chose is sent. Posting shows the
/// result in the same response.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class AssessAllModel(AssessmentEngine engine, InterviewStateProtector protector, KnowledgeText text) : PageModel
{
    /// <summary>The group of every warning-sign question, shown first.</summary>
    public const string WarningSigns = "warning";

    public IReadOnlyList<IGrouping<string, FindingQuestion>> Groups { get; } = text.Knowledge.Questions
        .Where(q => !q.Definition.IsClinicianOnly)
        .GroupBy(q => q.RedFlag ? WarningSigns : KnowledgeText.GroupOf(q.Code), StringComparer.Ordinal)
        .OrderByDescending(g => g.Key == WarningSigns)
        .ToArray();

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IFormCollection? Posted { get; private set; }

    public ResultView? Result { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
        var (age, sex) = AnswerForm.ReadAboutYou(Request.Form, Errors);
        var answers = AnswerForm.ReadQuestions(Groups.SelectMany(g => g), Request.Form, Errors, blankIsUnsure: true);
        if (Errors.Count > 0)
        {
            Posted = Request.Form;
            return;
        }

        // The same state the interview builds, so saving works the same way from here.
        var state = new InterviewState(age, sex, [new AnsweredStep("all", answers)]);
        var subject = InterviewAnswers.ToCase(text.Knowledge, state);
        Result = ResultView.Build(text, engine.Assess(subject), subject, stoppedForEmergency: false, protector.Protect(state));
    }
}
