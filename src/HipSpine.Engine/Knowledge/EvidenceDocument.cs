using System.Globalization;
using System.Text;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// <c>docs/evidence.md</c>, generated from the knowledge base: for each source its prior and a table of every
/// likelihood ratio with its status, citation and the population it was measured in. A test keeps the committed
/// file equal to what this writes, so the document can never drift from the numbers the engine uses.
/// </summary>
public static class EvidenceDocument
{
    public static string Write(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var sb = new StringBuilder();
        var all = knowledge.Sources.SelectMany(s => s.Evidence).ToArray();
        var known = all.Count(e => e.Status != EvidenceStatus.Estimate);
        sb.Append("# Evidence behind the ranking (generated)\n\n");
        sb.Append("Generated from `knowledge/sources/` by `hipspine kb evidence > docs/evidence.md`; do not edit by hand.\n");
        sb.Append(CultureInfo.InvariantCulture, $"Knowledge {knowledge.Manifest.Version}: {all.Length} likelihood ratios, {known} published or derived ");
        sb.Append(CultureInfo.InvariantCulture, $"({(all.Length == 0 ? 0 : 100.0 * known / all.Length):0} %); ");
        sb.Append(CultureInfo.InvariantCulture, $"{knowledge.Sources.Count(s => s.Prior.Status != EvidenceStatus.Estimate)} of {knowledge.Sources.Count} priors published or derived.\n\n");
        sb.Append("Status: **published** = the figure is stated in the study; **derived** = computed from the study's counts, ");
        sb.Append("sensitivity and specificity (the arithmetic is in the knowledge file); **estimate** = reasoned, with the reasoning as its citation.\n\n");
        sb.Append("Settings: the **primary care** prior (self-referral and general practice, the default) is the share of people ");
        sb.Append("consulting there with hip and/or back pain whose pain comes from the source; the **emergency department** prior is ");
        sb.Append("the same share among people presenting to an emergency department, where serious causes are commoner. ");
        sb.Append("A deployment chooses with `Knowledge:Setting` (`PrimaryCare` or `Emergency`), the CLI with `--setting` (docs/contract.md).\n");
        foreach (var source in knowledge.Sources)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {source.Id} ({source.Definition.Group})\n\n");
            var prior = source.Prior;
            AppendPrior(sb, "Prior, primary care", prior.Status, prior.Bands, prior.Reference, prior.Population, prior.Derivation);
            if (prior.HasEmergencyBands)
            {
                sb.Append("\n\n");
                AppendPrior(sb, "Prior, emergency department", prior.EmergencyStatus, prior.EmergencyBands,
                    prior.EmergencyReference, prior.EmergencyPopulation, prior.EmergencyDerivation);
            }
            else
            {
                sb.Append("\n\nPrior, emergency department: no figure; the primary-care prior is used.");
            }

            sb.Append("\n\n| finding | LR+ | LR- | status | citation | population |\n|---|---|---|---|---|---|\n");
            foreach (var e in source.Evidence)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"| {e.Finding} | {Number(e.LrPresent)} | {Number(e.LrAbsent)} | {e.Status} | {Cell(e.Reference)} | {Cell(e.Population)} |\n");
            }
        }

        return sb.ToString();
    }

    private static void AppendPrior(
        StringBuilder sb, string label, string status, IReadOnlyList<PriorBand> bands, string reference, string population, string derivation)
    {
        var text = string.Join(", ", bands.Select(b => FormattableString.Invariant($"up to {b.MaxAge}: {b.Probability:0.#####}")));
        sb.Append(CultureInfo.InvariantCulture, $"{label} ({status}): {text}. {Cell(reference)}");
        if (population.Length > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" Population: {Cell(population)}");
        }

        if (derivation.Length > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $" Derivation: {Cell(derivation)}");
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
