using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Knowledge;

/// <summary>Small shared checks for the care files (treatments, exercises, plan).</summary>
internal static class CareChecks
{
    public static string? OneOf(YamlNode node, string key, string[] allowed)
    {
        var value = node.String(key);
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            node.Child(key)!.Value.Error(DiagnosticCodes.OutOfRange, $"'{value}' is not one of {string.Join(", ", allowed)}");
            return null;
        }

        return value;
    }

    public static string? Reference(YamlNode node)
    {
        var reference = node.String("reference", required: false);
        if (string.IsNullOrWhiteSpace(reference))
        {
            node.Error(DiagnosticCodes.Uncited, "no reference");
            return null;
        }

        return reference;
    }

    public static IReadOnlyList<string> Sources(YamlNode node, string key, ContractVocabulary vocabulary)
    {
        var ids = node.Strings(key);
        foreach (var bad in ids.Where(s => vocabulary.FindSource(s) is null))
        {
            node.Child(key)!.Value.Error(DiagnosticCodes.UnknownSource, $"unknown source '{bad}'");
        }

        return ids;
    }

    public static void IdMatchesFile(YamlNode node, string? id, string file)
    {
        var expected = Path.GetFileNameWithoutExtension(file);
        if (id is not null && id != expected)
        {
            node.Error(DiagnosticCodes.IdMismatch, $"id '{id}' differs from the file name '{expected}'");
        }
    }
}
