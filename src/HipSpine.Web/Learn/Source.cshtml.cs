using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using HipSpine.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Learn;

/// <summary>One possible cause: its summary, how it links hip and back, and the answers that point to or away from it.</summary>
[Authorize(Policy = Policies.Public)]
public sealed class SourceModel(KnowledgeText text) : PageModel
{
    public SourceKnowledge Source { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public IReadOnlyList<MechanismKnowledge> Mechanisms { get; private set; } = [];

    public IReadOnlyList<string> Towards { get; private set; } = [];

    public IReadOnlyList<string> Away { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        var source = text.Knowledge.Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        if (source is null)
        {
            return NotFound();
        }

        Source = source;
        Name = text.SourceName(source.Id);
        var linked = source.Mechanisms.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        Mechanisms = text.Knowledge.Mechanisms.Where(m => linked.Contains(m.Id)).ToArray();
        Towards = Meanings(source.Evidence.Where(e => e.LrPresent > 1));
        Away = Meanings(source.Evidence.Where(e => e.LrPresent < 1 || e.LrAbsent < 1 && e.LrPresent is null));
        return Page();
    }

    private string[] Meanings(IEnumerable<EvidenceItem> items) =>
        items.Select(e => text.Meaning(e.Finding).TrimEnd('.')).Distinct(StringComparer.Ordinal).ToArray();
}
