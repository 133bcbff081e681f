namespace HipSpine.Engine.Knowledge;

/// <summary>
/// Priors per care setting. <c>Knowledge:Setting = Emergency</c> (or <c>--setting Emergency</c>) selects each
/// source's <c>emergencyBands</c>; a source without them silently keeps its primary-care share, so the setting
/// would change nothing for it. Each such source is a warning, and one line counts how well both settings are known.
/// </summary>
internal static class PriorChecks
{
    public static void Check(IReadOnlyList<SourceKnowledge> sources, DiagnosticBag bag)
    {
        if (sources.Count == 0)
        {
            return;
        }

        foreach (var source in sources.Where(s => !s.Prior.HasEmergencyBands))
        {
            bag.Warning(DiagnosticCodes.NoEmergencyPrior, $"knowledge/sources/{source.Id}.yaml", 0, "prior",
                $"{source.Id} has no 'emergencyBands': in an emergency department (Knowledge:Setting Emergency) it keeps its primary-care prior");
        }

        var withEmergency = sources.Where(s => s.Prior.HasEmergencyBands).ToArray();
        bag.Info(DiagnosticCodes.NoEmergencyPrior, "knowledge/sources", 0, "",
            $"priors by setting: primary care {Known(sources.Select(s => s.Prior.Status))} of {sources.Count} published or derived; " +
            $"emergency department {withEmergency.Length} of {sources.Count} given, {Known(withEmergency.Select(s => s.Prior.EmergencyStatus))} published or derived");
    }

    private static int Known(IEnumerable<string> statuses) => statuses.Count(s => s is EvidenceStatus.Published or EvidenceStatus.Derived);
}
