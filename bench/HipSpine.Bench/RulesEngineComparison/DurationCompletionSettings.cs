using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HipSpine.Bench.RulesEngineComparison;

/// <summary>
/// The manifest's <c>durationCompletion</c>, read from the YAML itself (not through HipSpine's loader, so the
/// translation stays independent): a whole number of days (every rule, every answer), or
/// <c>{days, urgencies, patientAnswersOnly, notWhen}</c>.
/// </summary>
/// <param name="Days">The duration an unanswered <c>episode.duration_days</c> is read as.</param>
/// <param name="Urgencies">The urgencies of the rules it applies to (empty: every rule).</param>
/// <param name="PatientAnswersOnly">Whether a completed rule is read on the person's own answers alone.</param>
public sealed record DurationCompletionSettings(int Days, IReadOnlyList<string> Urgencies, bool PatientAnswersOnly)
{
    /// <summary>Yes/no findings that, answered yes, say the pain is not new: the duration is then not completed.</summary>
    public IReadOnlyList<string> NotWhen { get; init; } = [];

    /// <summary>Whether a rule of this urgency is completed.</summary>
    public bool AppliesTo(string urgency) => Urgencies.Count == 0 || Urgencies.Contains(urgency, StringComparer.Ordinal);

    /// <summary>The settings in <c>manifest.yaml</c> (null when there is no duration completion).</summary>
    public static DurationCompletionSettings? Read(string knowledgeDirectory)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(knowledgeDirectory, "manifest.yaml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!root.Children.TryGetValue(new YamlScalarNode("durationCompletion"), out var node))
        {
            return null;
        }

        if (node is YamlScalarNode days)
        {
            return new DurationCompletionSettings(Int(days), [], false);
        }

        var map = (YamlMappingNode)node;
        var urgencies = map.Children.TryGetValue(new YamlScalarNode("urgencies"), out var list)
            ? ((YamlSequenceNode)list).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()
            : [];
        var patientOnly = map.Children.TryGetValue(new YamlScalarNode("patientAnswersOnly"), out var flag)
            && bool.Parse(((YamlScalarNode)flag).Value ?? "false");
        var notWhen = map.Children.TryGetValue(new YamlScalarNode("notWhen"), out var codes)
            ? ((YamlSequenceNode)codes).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()
            : [];
        return new DurationCompletionSettings(Int((YamlScalarNode)map.Children[new YamlScalarNode("days")]), urgencies, patientOnly) { NotWhen = notWhen };
    }

    private static int Int(YamlScalarNode node) => int.Parse(node.Value ?? "", CultureInfo.InvariantCulture);
}
