namespace HipSpine.Engine.Knowledge;

/// <summary>
/// How well the numbers are known: counts per source of published, derived and estimated likelihood ratios,
/// and an error when a serious source relies on an estimate for a finding its own red-flag rule uses.
/// </summary>
internal static class EvidenceChecks
{
    public static void Check(IReadOnlyList<SourceKnowledge> sources, IReadOnlyList<TriageRule> rules, DiagnosticBag bag)
    {
        var total = sources.Sum(s => s.Evidence.Count);
        if (total == 0)
        {
            return;
        }

        foreach (var source in sources)
        {
            bag.Info(DiagnosticCodes.Estimate, $"knowledge/sources/{source.Id}.yaml", 0, "evidence",
                $"{source.Id}: {Counts(source.Evidence)}; prior {source.Prior.Status}");
        }

        var all = sources.SelectMany(s => s.Evidence).ToArray();
        var known = all.Count(e => e.Status != EvidenceStatus.Estimate);
        bag.Info(DiagnosticCodes.Estimate, "knowledge/sources", 0, "",
            $"{total} likelihood ratios: {Counts(all)} ({100.0 * known / total:0}% published or derived); " +
            $"priors: {sources.Count(s => s.Prior.Status != EvidenceStatus.Estimate)} of {sources.Count} published or derived");

        foreach (var source in sources.Where(s => SourceGroups.Serious.Contains(s.Definition.Group)))
        {
            var used = new HashSet<int>();
            foreach (var rule in rules.Where(r => r.ScreensFor.Contains(source.Id)))
            {
                rule.When.CollectFindingIndexes(used);
            }

            foreach (var item in source.Evidence.Where(e => e.Status == EvidenceStatus.Estimate && e.FindingIndex >= 0 && used.Contains(e.FindingIndex)))
            {
                bag.Info(DiagnosticCodes.EstimateForRedFlag, $"knowledge/sources/{source.Id}.yaml", 0, item.Finding,
                    $"{source.Id} uses an estimate for '{item.Finding}', a finding of its own red-flag rule: give a published or derived figure, or drop the item");
            }
        }

        foreach (var item in all.Where(e => e.Status != EvidenceStatus.Estimate && string.IsNullOrWhiteSpace(e.Population)))
        {
            bag.Info(DiagnosticCodes.MissingKey, "knowledge/sources", 0, item.Finding,
                $"a {item.Status} figure for '{item.Finding}' needs 'population' (who it was measured in)");
        }
    }

    private static string Counts(IReadOnlyCollection<EvidenceItem> items) =>
        $"{items.Count(e => e.Status == EvidenceStatus.Published)} published, " +
        $"{items.Count(e => e.Status == EvidenceStatus.Derived)} derived, " +
        $"{items.Count(e => e.Status == EvidenceStatus.Estimate)} estimate";
}
