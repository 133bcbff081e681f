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
        sb.Append("sensitivity and specificity (the arithmetic is in the knowledge file); **estimate** = reasoned, with the reasoning as its citation.\n");
        foreach (var source in knowledge.Sources)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {source.Id} ({source.Definition.Group})\n\n");
            var bands = string.Join(", ", source.Prior.Bands.Select(b => FormattableString.Invariant($"up to {b.MaxAge}: {b.Probability:0.####}")));
            sb.Append(CultureInfo.InvariantCulture, $"Prior ({source.Prior.Status}): {bands}. {Cell(source.Prior.Reference)}");
            if (source.Prior.Population.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $" Population: {Cell(source.Prior.Population)}");
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

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();
}
