using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Learn;

/// <summary>
/// The warning signs of one urgency level, each with what it means and what to do. One page per level keeps each page
/// small as the rules grow; the overview lists every sign by name.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class WarningSignsAtLevelModel(KnowledgeText text) : PageModel
{
    public string Urgency { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Meaning { get; private set; } = "";

    public IReadOnlyList<TriageRule> Rules { get; private set; } = [];

    public IActionResult OnGet(string urgency)
    {
        var rules = text.Knowledge.Rules.Where(r => string.Equals(r.Urgency, urgency, StringComparison.Ordinal)).ToArray();
        if (rules.Length == 0)
        {
            return NotFound();
        }

        Urgency = urgency;
        Title = "Warning signs: " + KnowledgeText.UrgencyTitle(urgency);
        Meaning = text.UrgencyMeaning(urgency);
        Rules = rules;
        return Page();
    }
}
