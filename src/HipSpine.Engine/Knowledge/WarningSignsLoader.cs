using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>An emergency warning sign in plain words, with the emergency rules it stands for.</summary>
public sealed record WarningSign(string Text, IReadOnlyList<string> Rules);

/// <summary>Reads <c>warning-signs.yaml</c> and checks that every emergency rule is covered by a sign.</summary>
internal static class WarningSignsLoader
{
    public static IReadOnlyList<WarningSign> Load(string root, IReadOnlyList<TriageRule> rules, DiagnosticBag bag)
    {
        var signs = new List<WarningSign>();
        if (YamlFiles.Read(root, Path.Combine(root, "warning-signs.yaml"), bag) is not { } node)
        {
            return signs;
        }

        node.AllowOnly("signs");
        foreach (var item in node.Child("signs")?.Items() ?? [])
        {
            item.AllowOnly("text", "rules");
            var text = item.String("text");
            var ids = item.Strings("rules", required: true);
            foreach (var bad in ids.Where(id => !rules.Any(r => r.Id == id && r.Urgency == Urgency.Emergency)))
            {
                item.Error(DiagnosticCodes.UnknownKey, $"'{bad}' is not an emergency rule");
            }

            if (text is not null)
            {
                signs.Add(new WarningSign(text, ids));
            }
        }

        foreach (var rule in rules.Where(r => r.Urgency == Urgency.Emergency && !signs.Any(s => s.Rules.Contains(r.Id))))
        {
            node.Error(DiagnosticCodes.Unreachable, $"emergency rule '{rule.Id}' has no warning sign on the start page");
        }

        return signs;
    }
}
