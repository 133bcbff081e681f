using HipSpine.Engine.Extraction;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Assessments;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;

namespace HipSpine.Web.Story;

/// <summary>
/// "Tell us in your own words": age, sex and a free-text box; the POST shows what was understood, each
/// thing changeable, and hands it to the interview (<c>POST /assess?handler=story</c>), which asks the rest.
/// Nothing is stored; no script is needed.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class StoryModel(FreeTextExtractor extractor, KnowledgeBase knowledge, StoryHandOver handOver, TimeProvider time) : PageModel
{
    public const int MaxLength = 5000;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IFormCollection? Posted { get; private set; }

    public string Text { get; private set; } = "";

    public StoryReview? Review { get; private set; }

    /// <summary>The review's answers as a form, so the shared partials show them selected.</summary>
    public IFormCollection? Answers { get; private set; }

    public StoryHandOver HandOver => handOver;

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? story)
    {
        Posted = Request.Form;
        Text = (story ?? "").Trim();
        var (age, _) = AnswerForm.ReadAboutYou(Request.Form, Errors);
        if (Text.Length == 0)
        {
            Errors["story"] = "Write a few words about your pain, or use the questions instead.";
        }
        else if (Text.Length > MaxLength)
        {
            Errors["story"] = $"Please keep it under {MaxLength} characters.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        // The age lets a length told from it ("since I was 14") be read.
        var result = extractor.Extract(Text, DateOnly.FromDateTime(time.GetLocalNow().DateTime), age);
        Review = StoryReview.Build(Text, result, knowledge, handOver);
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["where"] = new(Review.Regions.ToArray()),
        };
        foreach (var item in Review.Understood.Where(i => i.Editable))
        {
            fields[AnswerForm.AnswerField(item.Question.Code)] = item.Value;
        }

        Answers = new FormCollection(fields);
        return Page();
    }
}
