using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// The small pieces of text the translation is built from (joins, ranges, quoted codes) and the YAML look-ups it
/// reads them with; kept apart so the translator holds only the condition logic.
/// </summary>
internal static class ExpressionText
{
    internal static string Join(IEnumerable<string> parts, string op) => "(" + string.Join(op, parts) + ")";

    internal static string Range(string value, int? min, int? max)
    {
        var tests = new List<string>(2);
        if (min is { } lo)
        {
            tests.Add(string.Create(CultureInfo.InvariantCulture, $"{value} >= {lo}"));
        }

        if (max is { } hi)
        {
            tests.Add(string.Create(CultureInfo.InvariantCulture, $"{value} <= {hi}"));
        }

        return tests.Count == 0 ? "(true)" : "(" + string.Join(" && ", tests) + ")";
    }

    internal static IReadOnlyList<YamlNode> Parts(YamlMappingNode map, string key) =>
        ((YamlSequenceNode)map.Children[new YamlScalarNode(key)]).Children.ToArray();

    internal static bool Has(YamlMappingNode map, string key) => map.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>Whether a condition says <c>orUnanswered: true</c> (true also when its question is not answered).</summary>
    internal static bool OrUnanswered(YamlMappingNode map) => Has(map, "orUnanswered") && bool.Parse(Scalar(map, "orUnanswered"));

    internal static string Scalar(YamlMappingNode map, string key) =>
        (map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (node as YamlScalarNode)?.Value : null)
        ?? throw new InvalidOperationException($"{map.Start}: missing '{key}'");

    internal static int Int(YamlMappingNode map, string key) => int.Parse(Scalar(map, key), CultureInfo.InvariantCulture);

    internal static int? OptionalInt(YamlMappingNode map, string key) => Has(map, key) ? Int(map, key) : null;

    /// <summary>A string literal for the expression parser (codes and values are plain identifiers).</summary>
    internal static string Quote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            ? "\"" + value + "\""
            : throw new InvalidOperationException($"unexpected characters in '{value}'");
}
