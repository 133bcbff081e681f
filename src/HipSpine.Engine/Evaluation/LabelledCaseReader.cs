using System.Text.Json;
using System.Text.Json.Nodes;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Evaluation;

/// <summary>Reads a folder of labelled case files; every problem names the file and field.</summary>
public static class LabelledCaseReader
{
    public static (IReadOnlyList<LabelledCase> Cases, IReadOnlyList<string> Problems) ReadFolder(string folder, ContractVocabulary vocabulary)
    {
        var cases = new List<LabelledCase>();
        var problems = new List<string>();
        if (!Directory.Exists(folder))
        {
            problems.Add($"{folder}: no such folder");
            return (cases, problems);
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var (labelled, fileProblems) = ReadFile(file, vocabulary);
            problems.AddRange(fileProblems);
            if (labelled is not null)
            {
                cases.Add(labelled);
            }
        }

        return (cases, problems);
    }

    public static (LabelledCase? Case, IReadOnlyList<string> Problems) ReadFile(string file, ContractVocabulary vocabulary)
    {
        var name = Path.GetFileName(file);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new JsonException("a labelled case must be a JSON object");
        }
        catch (JsonException ex)
        {
            return (null, [$"{name}: invalid JSON: {ex.Message}"]);
        }

        var problems = new List<string>();
        var expected = ReadExpected(root["expected"], name, problems);
        var full = BuildCase(root, vocabulary, includeExam: true, name, problems);
        var patientOnly = BuildCase(root, vocabulary, includeExam: false, name, problems: null);
        if (expected is null || full is null || patientOnly is null || problems.Count > 0)
        {
            return (null, problems);
        }

        var id = root["id"]?.GetValue<string>() ?? Path.GetFileNameWithoutExtension(file);
        return (new LabelledCase(id, name, full, patientOnly, expected), problems);
    }

    private static AssessmentCase? BuildCase(JsonObject root, ContractVocabulary vocabulary, bool includeExam, string name, List<string>? problems)
    {
        var findings = new JsonObject();
        foreach (var key in includeExam ? new[] { "findings", "examFindings" } : ["findings"])
        {
            if (root[key] is JsonObject part)
            {
                foreach (var (code, value) in part)
                {
                    findings[code] = value?.DeepClone();
                }
            }
        }

        var plain = new JsonObject
        {
            ["id"] = root["id"]?.DeepClone(),
            ["age"] = root["age"]?.DeepClone(),
            ["sex"] = root["sex"]?.DeepClone(),
            ["setting"] = root["setting"]?.DeepClone(),
            ["findings"] = findings,
        };
        using var doc = JsonDocument.Parse(plain.ToJsonString());
        var result = CaseValidator.Validate(doc.RootElement, vocabulary, 1);
        problems?.AddRange(result.Problems.Select(p => $"{name}: {p}"));
        return result.Case;
    }

    private static ExpectedOutcome? ReadExpected(JsonNode? node, string name, List<string> problems)
    {
        if (node is not JsonObject expected)
        {
            problems.Add($"{name}: expected: missing");
            return null;
        }

        var urgency = expected["urgency"]?.GetValue<string>();
        if (urgency is null || Urgency.Rank(urgency) < 0)
        {
            problems.Add($"{name}: expected.urgency: must be one of {string.Join(", ", Urgency.All)}");
            return null;
        }

        static IReadOnlyList<string> List(JsonNode? n) =>
            n is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "").ToArray() : [];
        var acceptable = List(expected["acceptableUrgency"]);
        return new ExpectedOutcome(
            urgency,
            acceptable.Count > 0 ? acceptable : [urgency],
            expected["urgencyPatientOnly"]?.GetValue<string>(),
            expected["source"]?.GetValue<string>(),
            expected["group"]?.GetValue<string>(),
            expected["reason"]?.GetValue<string>(),
            List(expected["rules"]));
    }
}
