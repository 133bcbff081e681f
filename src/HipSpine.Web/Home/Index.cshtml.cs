using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Home;

[Authorize(Policy = Policies.Public)]
public sealed class IndexModel(KnowledgeBase knowledge) : PageModel
{
    /// <summary>
    /// The emergency warning signs in plain words (knowledge/warning-signs.yaml); the loader checks they
    /// cover every emergency rule, so this list always matches what the engine treats as an emergency.
    /// </summary>
    public IReadOnlyList<string> EmergencySigns { get; } = knowledge.WarningSigns.Select(s => s.Text).ToArray();
}
