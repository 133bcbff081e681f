using HipSpine.Engine.Knowledge;
using HipSpine.Records;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Learn;

/// <summary>
/// One treatment: what it is, when it is considered, what each guideline says with its full reference, and every
/// caution. The plan page links here instead of repeating the evidence under each of its options, so that the plan of a
/// person with many likely sources stays within the page budget.
/// </summary>
[Authorize(Policy = Policies.Public)]
public sealed class TreatmentModel(KnowledgeText text) : PageModel
{
    public TreatmentKnowledge Treatment { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        var treatment = text.Knowledge.Care.Treatments.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
        if (treatment is null)
        {
            return NotFound();
        }

        Treatment = treatment;
        return Page();
    }
}
