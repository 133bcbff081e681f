using System.Text.Json;

namespace HipSpine.Engine.Vocabulary;

/// <summary>
/// The machine-readable contract (<c>vocabulary.json</c>): finding codes, source ids, mechanisms and urgency
/// levels. Immutable; indices are the order of the file, which is also the ranking tie-break order.
/// </summary>
public sealed class ContractVocabulary
{
    private readonly Dictionary<string, FindingDefinition> findingsByCode;
    private readonly Dictionary<string, SourceDefinition> sourcesById;

    private ContractVocabulary(
        string version,
        IReadOnlyList<FindingDefinition> findings,
        IReadOnlyList<SourceDefinition> sources,
        IReadOnlyList<MechanismDefinition> mechanisms,
        IReadOnlyList<UrgencyDefinition> urgencies)
    {
        Version = version;
        Findings = findings;
        Sources = sources;
        Mechanisms = mechanisms;
        Urgencies = urgencies;
        findingsByCode = findings.ToDictionary(f => f.Code, StringComparer.Ordinal);
        sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public string Version { get; }
    public IReadOnlyList<FindingDefinition> Findings { get; }
    public IReadOnlyList<SourceDefinition> Sources { get; }
    public IReadOnlyList<MechanismDefinition> Mechanisms { get; }
    public IReadOnlyList<UrgencyDefinition> Urgencies { get; }

    public FindingDefinition? FindFinding(string code) => findingsByCode.GetValueOrDefault(code);

    public SourceDefinition? FindSource(string id) => sourcesById.GetValueOrDefault(id);

    public bool IsMechanism(string id) => Mechanisms.Any(m => m.Id == id);

    /// <summary>Parses <c>vocabulary.json</c>; throws <see cref="FormatException"/> naming the bad part.</summary>
    public static ContractVocabulary Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var findings = new List<FindingDefinition>();
        foreach (var f in Required(root, "findings").EnumerateArray())
        {
            var code = RequiredString(f, "code");
            var type = RequiredString(f, "type") switch
            {
                "bool" => FindingType.Bool,
                "int" => FindingType.Int,
                "choice" => FindingType.Choice,
                var other => throw new FormatException($"vocabulary: finding '{code}' has unknown type '{other}'"),
            };
            int min = 0, max = 1;
            if (type == FindingType.Int)
            {
                var range = Required(f, "range");
                min = range[0].GetInt32();
                max = range[1].GetInt32();
            }

            IReadOnlyList<string> values = type == FindingType.Choice
                ? Required(f, "values").EnumerateArray().Select(v => v.GetString() ?? "").ToArray()
                : [];
            findings.Add(new FindingDefinition(findings.Count, code, type, min, max, values,
                OptionalString(f, "who") ?? "patient", OptionalString(f, "meaning") ?? ""));
        }

        var sources = Required(root, "sources").EnumerateArray()
            .Select((s, i) => new SourceDefinition(i, RequiredString(s, "id"), RequiredString(s, "group"), OptionalString(s, "name") ?? ""))
            .ToArray();
        var mechanisms = Required(root, "mechanisms").EnumerateArray()
            .Select(m => new MechanismDefinition(RequiredString(m, "id"), OptionalString(m, "meaning") ?? ""))
            .ToArray();
        var urgencies = Required(root, "urgency").EnumerateArray()
            .Select((u, i) => new UrgencyDefinition(RequiredString(u, "id"), i, OptionalString(u, "meaning") ?? ""))
            .ToArray();
        var version = OptionalString(root, "version") ?? "";
        return new ContractVocabulary(version, findings, sources, mechanisms, urgencies);
    }

    private static JsonElement Required(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v : throw new FormatException($"vocabulary: missing '{name}'");

    private static string RequiredString(JsonElement e, string name) =>
        Required(e, name).GetString() ?? throw new FormatException($"vocabulary: '{name}' is not a string");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
