using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>
/// How a source is named to a person when it must be ruled out ("an infection in the spine"), and the words
/// by which a rule's text speaks of it (used to check that every rule lists what it screens for).
/// </summary>
public sealed record RuleOutWording(string Source, string Name, IReadOnlyList<string> Terms);

/// <summary>Reads <c>rule-out.yaml</c> (one entry per source) and checks each rule's <c>screensFor</c> against its words.</summary>
internal static class RuleOutLoader
{
    public static IReadOnlyDictionary<string, RuleOutWording> Load(string root, ContractVocabulary vocabulary, IReadOnlyList<TriageRule> rules, DiagnosticBag bag)
    {
        var wordings = new Dictionary<string, RuleOutWording>(StringComparer.Ordinal);
        if (YamlFiles.Read(root, Path.Combine(root, "rule-out.yaml"), bag) is not { } node)
        {
            return wordings;
        }

        node.AllowOnly("sources");
        foreach (var item in node.Child("sources")?.Items() ?? [])
        {
            item.AllowOnly("id", "name", "terms");
            var id = item.String("id");
            var name = item.String("name");
            var terms = item.Strings("terms", required: true);
            if (id is null || name is null)
            {
                continue;
            }

            if (vocabulary.FindSource(id) is null)
            {
                item.Error(DiagnosticCodes.UnknownSource, $"unknown source '{id}'");
                continue;
            }

            if (!wordings.TryAdd(id, new RuleOutWording(id, name, terms.Select(t => t.ToLowerInvariant()).ToArray())))
            {
                item.Error(DiagnosticCodes.Duplicate, $"source '{id}' is worded twice");
            }
        }

        foreach (var missing in vocabulary.Sources.Where(s => !wordings.ContainsKey(s.Id)))
        {
            node.Error(DiagnosticCodes.MissingKey, $"source '{missing.Id}' has no rule-out wording");
        }

        CheckRules(rules, wordings, bag);
        return wordings;
    }

    /// <summary>
    /// A rule whose name, advice, explanation or reference speaks of a source must list it in <c>screensFor</c>,
    /// and an urgent or emergency rule must screen for something: a person is never given an urgent reason
    /// without the condition it is about.
    /// </summary>
    private static void CheckRules(IReadOnlyList<TriageRule> rules, Dictionary<string, RuleOutWording> wordings, DiagnosticBag bag)
    {
        foreach (var rule in rules)
        {
            var text = string.Join(" ", rule.Name, rule.Advice, rule.Explanation, rule.Reference).ToLowerInvariant();
            foreach (var wording in wordings.Values.Where(w => !rule.ScreensFor.Contains(w.Source)))
            {
                if (wording.Terms.FirstOrDefault(t => text.Contains(t, StringComparison.Ordinal)) is { } term)
                {
                    bag.Error(DiagnosticCodes.ScreensFor, rule.File, 0, "screensFor",
                        $"rule '{rule.Id}' speaks of {wording.Source} (\"{term}\") but does not list it in screensFor");
                }
            }

            if (rule.UrgencyRank <= Urgency.Rank(Urgency.Urgent) && rule.ScreensFor.Count == 0)
            {
                bag.Error(DiagnosticCodes.ScreensFor, rule.File, 0, "screensFor",
                    $"{rule.Urgency} rule '{rule.Id}' screens for no source: say what it is about");
            }
        }
    }
}
