using System.Text.Json;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;

namespace HipSpine.Engine.Extraction;

/// <summary>An annotated story: the person's words and the findings a careful reader encodes from them.</summary>
public sealed record AnnotatedStory(string Id, string Text, IReadOnlyDictionary<string, JsonElement> Expected)
{
    /// <summary>The story's <c>age</c> when it gives one: the extractor reads lengths told from it ("since I was 14").</summary>
    public int? Age { get; init; }
}

/// <summary>Counts for one finding group (the code's prefix) or for all.</summary>
public sealed record ExtractionScore(string Group, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A red flag read the wrong way round: denied but extracted as present, or the reverse.</summary>
public sealed record PolarityError(string Story, string Code, bool Expected, bool Extracted);

/// <summary>One difference between the annotation and the extraction (for tuning on the training stories only).</summary>
public sealed record ExtractionMiss(string Story, string Code, string? Expected, string? Extracted);

/// <summary>The score of an extractor over annotated stories.</summary>
public sealed record ExtractionReport(
    int Stories,
    ExtractionScore Overall,
    IReadOnlyList<ExtractionScore> Groups,
    IReadOnlyList<PolarityError> PolarityErrors,
    IReadOnlyList<ExtractionMiss> Misses);

/// <summary>
/// Scores extraction against annotated stories over patient findings (the side of the pain counts as <c>pain.side</c>):
/// a finding counts as found when the
/// code and value agree (a number within 10 % or 1 of the annotation, since "about three months" is 90 or
/// 91 days by reasonable readings); a wrong value is both a false positive and a false negative.
/// </summary>
public static class ExtractionEvaluation
{
    public static ExtractionReport Run(FreeTextExtractor extractor, KnowledgeBase knowledge, IReadOnlyList<AnnotatedStory> stories, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(stories);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var polarity = new List<PolarityError>();
        var misses = new List<ExtractionMiss>();
        foreach (var story in stories)
        {
            var result = extractor.Extract(story.Text, today, story.Age);
            var got = result.Findings
                .ToDictionary(f => f.Finding.Code, f => ExtractionResult.ValueOf(f.Finding, f.Value), StringComparer.Ordinal);
            // The side is reported apart from the findings (with its own span) and becomes the answer to pain.side,
            // so it is scored as that finding.
            if (result.Side is { } side && knowledge.Vocabulary.FindFinding(PainSide.Code) is not null)
            {
                got[PainSide.Code] = side.Side.ToString().ToLowerInvariant();
            }

            var expected = story.Expected
                .Select(e => (Finding: knowledge.Vocabulary.FindFinding(e.Key), e.Value))
                .Where(e => e.Finding is { IsClinicianOnly: false })
                .ToDictionary(e => e.Finding!.Code, e => (e.Finding!, e.Value), StringComparer.Ordinal);
            foreach (var code in expected.Keys.Union(got.Keys, StringComparer.Ordinal))
            {
                var finding = knowledge.Vocabulary.FindFinding(code)!;
                var has = expected.TryGetValue(code, out var want);
                var gotValue = got.GetValueOrDefault(code);
                var agree = has && gotValue is not null && Agrees(finding, want.Value, gotValue);
                var c = Counts(counts, Group(code));
                if (agree)
                {
                    c[0]++;
                    continue;
                }

                if (gotValue is not null)
                {
                    c[1]++;
                }

                if (has)
                {
                    c[2]++;
                }

                misses.Add(new ExtractionMiss(story.Id, code, has ? want.Value.GetRawText() : null, gotValue is null ? null : Text(gotValue)));
                if (knowledge.FindQuestion(code) is { RedFlag: true } && has && gotValue is bool extracted
                    && want.Value.ValueKind is JsonValueKind.True or JsonValueKind.False && want.Value.GetBoolean() != extracted)
                {
                    polarity.Add(new PolarityError(story.Id, code, want.Value.GetBoolean(), extracted));
                }
            }
        }

        var groups = counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ExtractionScore(c.Key, c.Value[0], c.Value[1], c.Value[2])).ToArray();
        var overall = new ExtractionScore("all", groups.Sum(g => g.TruePositives), groups.Sum(g => g.FalsePositives), groups.Sum(g => g.FalseNegatives));
        return new ExtractionReport(stories.Count, overall, groups, polarity, misses);
    }

    /// <summary>Reads every <c>*.json</c> story of a folder: <c>{"id", "text" (or "story"), "findings"}</c>, and <c>age</c> when it is there.</summary>
    public static (List<AnnotatedStory> Stories, List<string> Problems) ReadFolder(string folder)
    {
        var stories = new List<AnnotatedStory>();
        var problems = new List<string>();
        if (!Directory.Exists(folder))
        {
            problems.Add($"{folder}: no such folder");
            return (stories, problems);
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                var root = doc.RootElement;
                var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : Path.GetFileNameWithoutExtension(file);
                var text = TextOf(root);
                if (text is null || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{file}: needs a 'text' (or 'story') string and a 'findings' object");
                    continue;
                }

                var expected = findings.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
                int? age = root.TryGetProperty("age", out var a) && a.ValueKind == JsonValueKind.Number && a.TryGetInt32(out var years) ? years : null;
                stories.Add(new AnnotatedStory(id, text, expected) { Age = age });
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                problems.Add($"{file}: {ex.Message}");
            }
        }

        return (stories, problems);
    }

    private static string? TextOf(JsonElement root)
    {
        foreach (var name in new[] { "text", "story", "narrative" })
        {
            if (root.TryGetProperty(name, out var t) && t.ValueKind == JsonValueKind.String)
            {
                return t.GetString();
            }
        }

        return null;
    }

    private static bool Agrees(FindingDefinition finding, JsonElement want, object got) => finding.Type switch
    {
        FindingType.Bool => want.ValueKind is JsonValueKind.True or JsonValueKind.False && got is bool b && want.GetBoolean() == b,
        FindingType.Int => want.ValueKind == JsonValueKind.Number && got is int n && Math.Abs(want.GetDouble() - n) <= Math.Max(1, 0.1 * Math.Abs(want.GetDouble())),
        FindingType.Choice => want.ValueKind == JsonValueKind.String && got is string s && want.GetString() == s,
        _ => false,
    };

    private static string Group(string code) => code[..code.IndexOf('.', StringComparison.Ordinal)];

    private static int[] Counts(Dictionary<string, int[]> counts, string group)
    {
        if (!counts.TryGetValue(group, out var c))
        {
            counts[group] = c = new int[3];
        }

        return c;
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        int n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "\"" + value + "\"",
    };
}
