using HipSpine.Engine.Care;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>treatments/*.yaml</c>: options with cited evidence and cautions evaluated against answers.</summary>
internal static class TreatmentsLoader
{
    private static readonly string[] Categories = Enum.GetValues<TreatmentCategory>().Select(CareCodes.Code).ToArray();
    private static readonly string[] Positions = ["recommended", "conditional", "not_recommended", "against"];
    private static readonly string[] Levels = ["avoid", "caution", "info"];

    public static IReadOnlyList<TreatmentKnowledge> Load(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var parser = new ConditionParser(vocabulary);
        var result = new List<TreatmentKnowledge>();
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "treatments")))
        {
            if (YamlFiles.Read(root, file, bag) is not { } node)
            {
                continue;
            }

            node.AllowOnly("id", "name", "category", "kind", "summary", "suits", "urgencies", "considered",
                "afterFailedConservativeCare", "specialistOnly", "evidence", "cautions");
            var id = node.String("id");
            var name = node.String("name");
            var category = CareCodes.Parse<TreatmentCategory>(CareChecks.OneOf(node, "category", Categories));
            var kind = node.String("kind");
            var summary = node.String("summary");
            var considered = node.String("considered");
            CareChecks.IdMatchesFile(node, id, file);
            var suits = CareChecks.Sources(node, "suits", vocabulary);
            var urgencies = node.Strings("urgencies");
            foreach (var bad in urgencies.Where(u => Urgency.Rank(u) < 0))
            {
                node.Error(DiagnosticCodes.UnknownUrgency, $"unknown urgency '{bad}'");
            }

            var evidence = (node.Child("evidence")?.Items() ?? []).Select(ReadEvidence).ToArray();
            if (evidence.Length == 0)
            {
                node.Error(DiagnosticCodes.Uncited, "a treatment needs at least one evidence entry");
            }

            var cautions = (node.Child("cautions")?.Items() ?? []).Select(c => ReadCaution(c, parser)).ToArray();
            if (id is null || name is null || category is null || kind is null || summary is null || considered is null
                || evidence.Any(e => e is null) || cautions.Any(c => c is null))
            {
                continue;
            }

            result.Add(new TreatmentKnowledge(id, name, category.Value, kind, summary, suits, urgencies, considered,
                node.Bool("afterFailedConservativeCare") ?? false, node.Bool("specialistOnly") ?? false, evidence!, cautions!));
        }

        return result;
    }

    private static TreatmentEvidence? ReadEvidence(YamlNode item)
    {
        item.AllowOnly("guideline", "position", "strength", "text", "reference");
        var guideline = item.String("guideline");
        var position = CareChecks.OneOf(item, "position", Positions);
        var strength = item.String("strength");
        var text = item.String("text");
        var reference = CareChecks.Reference(item);
        return guideline is null || position is null || strength is null || text is null || reference is null
            ? null
            : new TreatmentEvidence(guideline, position, strength, text, reference);
    }

    private static TreatmentCaution? ReadCaution(YamlNode item, ConditionParser parser)
    {
        item.AllowOnly("when", "level", "text", "reference");
        var when = item.Child("when") is { } w ? parser.Parse(w) : null;
        var level = CareChecks.OneOf(item, "level", Levels);
        var text = item.String("text");
        var reference = CareChecks.Reference(item);
        return level is null || text is null || reference is null || (item.Child("when") is not null && when is null)
            ? null
            : new TreatmentCaution(when, level, text, reference);
    }
}
