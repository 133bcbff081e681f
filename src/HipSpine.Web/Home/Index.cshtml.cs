using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.Home;

public sealed class IndexModel(KnowledgeBase knowledge) : PageModel
{
    /// <summary>
    /// The warning signs a person can notice themselves: the red-flag questions read by the emergency rules,
    /// in the knowledge's own words, so this list always matches what the engine treats as an emergency.
    /// </summary>
    public IReadOnlyList<string> EmergencySigns { get; } = EmergencySignsOf(knowledge);

    internal static IReadOnlyList<string> EmergencySignsOf(KnowledgeBase knowledge)
    {
        var indexes = new HashSet<int>();
        foreach (var rule in knowledge.Rules.Where(r => r.Urgency == Urgency.Emergency))
        {
            rule.When.CollectFindingIndexes(indexes);
        }

        return knowledge.RedFlagFindings
            .Where(f => indexes.Contains(f.Index) && !f.IsClinicianOnly)
            .Select(f => f.Meaning.TrimEnd('.'))
            .ToArray();
    }
}
