using HipSpine.Engine.Conditions;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Reads <c>red-flags/*.yaml</c>: one triage rule per file, id equal to the file name.</summary>
internal static class TriageRulesLoader
{
    public static IReadOnlyList<TriageRule> Load(string root, ContractVocabulary vocabulary, DiagnosticBag bag)
    {
        var parser = new ConditionParser(vocabulary);
        var rules = new List<TriageRule>();
        foreach (var file in YamlFiles.InFolder(Path.Combine(root, "red-flags")))
        {
            if (YamlFiles.Read(root, file, bag) is not { } node)
            {
                continue;
            }

            node.AllowOnly("id", "name", "urgency", "when", "screensFor", "mapping", "advice", "explanation", "reference", "gate");
            var id = node.String("id");
            var name = node.String("name");
            var urgency = node.String("urgency");
            var advice = node.String("advice");
            var explanation = node.String("explanation");
            var reference = node.String("reference", required: false);
            if (string.IsNullOrWhiteSpace(reference))
            {
                node.Error(DiagnosticCodes.Uncited, "the rule has no reference");
            }

            var expectedId = Path.GetFileNameWithoutExtension(file);
            if (id is not null && id != expectedId)
            {
                node.Error(DiagnosticCodes.IdMismatch, $"id '{id}' differs from the file name '{expectedId}'");
            }

            var rank = urgency is null ? -1 : Urgency.Rank(urgency);
            if (urgency is not null && rank < 0)
            {
                node.Child("urgency")!.Value.Error(DiagnosticCodes.UnknownUrgency, $"unknown urgency '{urgency}' ({string.Join(", ", Urgency.All)})");
            }

            var whenNode = node.Child("when");
            if (whenNode is null)
            {
                node.Error(DiagnosticCodes.MissingKey, "missing 'when'");
            }

            var when = whenNode is { } w ? parser.Parse(w) : null;
            var screensFor = ReadScreensFor(node, vocabulary);
            var gate = node.Child("gate") is { } g ? parser.Parse(g) : null;
            if (gate is not null && when is not null && !ReadsOnly(gate, when))
            {
                node.Error(DiagnosticCodes.MalformedCondition, "'gate' reads a finding that 'when' does not read: a gate is one of the rule's own conditions, asked first");
            }

            if (id is null || name is null || rank < 0 || when is null || advice is null || explanation is null || string.IsNullOrWhiteSpace(reference))
            {
                continue;
            }

            if (rules.Exists(r => r.Id == id))
            {
                node.Error(DiagnosticCodes.Duplicate, $"rule '{id}' is defined twice");
                continue;
            }

            rules.Add(new TriageRule(id, name, urgency!, rank, when, advice, explanation, reference!, node.File)
            {
                ScreensFor = screensFor,
                Mapping = node.String("mapping", required: false) ?? "",
                Gate = gate,
            });
        }

        // Most urgent first, then by id, so results list rules in a stable order.
        return rules.OrderBy(r => r.UrgencyRank).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }

    private static bool ReadsOnly(Condition gate, Condition when)
    {
        var gateFindings = new HashSet<int>();
        var whenFindings = new HashSet<int>();
        gate.CollectFindingIndexes(gateFindings);
        when.CollectFindingIndexes(whenFindings);
        return gateFindings.Count > 0 && gateFindings.IsSubsetOf(whenFindings);
    }

    private static string[] ReadScreensFor(YamlNode node, ContractVocabulary vocabulary)
    {
        var ids = new List<string>();
        foreach (var item in node.Child("screensFor")?.Items() ?? [])
        {
            var id = item.Scalar() ?? "";
            if (vocabulary.FindSource(id) is null)
            {
                item.Error(DiagnosticCodes.UnknownSource, $"screensFor names an unknown source '{id}'");
                continue;
            }

            if (ids.Contains(id))
            {
                item.Error(DiagnosticCodes.Duplicate, $"screensFor lists '{id}' twice");
                continue;
            }

            ids.Add(id);
        }

        return [.. ids];
    }
}
