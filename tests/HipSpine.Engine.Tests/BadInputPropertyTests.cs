using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// Hostile and random input never crashes the case parser or the knowledge loader: it is either a valid
/// case or a list of problems naming the field, and an invalid case yields nothing to evaluate.
/// </summary>
public class BadInputPropertyTests
{
    private static readonly ContractVocabulary Vocabulary = Kb.Knowledge.Vocabulary;

    [Property(MaxTest = 300)]
    public bool Any_text_is_read_without_throwing_and_invalid_cases_carry_problems(NonNull<string> text)
    {
        var results = CaseReader.ReadAll(text.Get, Vocabulary);
        return results.Count > 0 && results.All(r => r.IsValid ? r.Case is not null : r.Case is null && r.Problems.Count > 0);
    }

    [Property(MaxTest = 300)]
    public bool Random_json_values_in_every_field_are_rejected_or_accepted_never_thrown(int seed)
    {
        var random = new Random(seed);
        var finding = Vocabulary.Findings[random.Next(Vocabulary.Findings.Count)];
        var value = RandomJsonValue(random);
        var json = "{\"id\":\"p\",\"age\":" + RandomJsonValue(random) + ",\"sex\":" + RandomJsonValue(random)
            + ",\"findings\":{\"" + finding.Code + "\":" + value + "}}";
        var result = CaseReader.ReadAll(json, Vocabulary).Single();
        return result.IsValid || result.Problems.All(p => p.Case == "'p'" && p.Field.Length > 0);
    }

    [Property(MaxTest = 200)]
    public bool Every_valid_random_case_is_assessed_with_every_source_and_a_known_urgency(int seed)
    {
        var subject = RandomValidCase(new Random(seed));
        var result = Kb.Engine.Assess(subject);
        return result.Sources.Count == Vocabulary.Sources.Count
            && result.Sources.All(s => s.Probability is >= 0 and <= 1)
            && Urgency.Rank(result.Urgency) == Kb.Engine.TriageRank(subject)
            && JsonDocument.Parse(Assessment.HipSpineJson.Serialize(result)).RootElement.ValueKind == JsonValueKind.Object;
    }

    [Fact]
    public void Deep_nesting_huge_numbers_odd_unicode_and_a_10_MB_body_are_problems_not_crashes()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var huge = """{"age":1e308,"findings":{"pain.severity_now":99999999999999999999}}""";
        var unicode = "{\"id\":\"\u202e\ud83d\ude00\u0000\",\"age\":40,\"findings\":{\"wh\u0435re.groin\":true}}";
        var tenMegabytes = "{\"age\":40,\"id\":\"" + new string('x', 10 * 1024 * 1024) + "\",\"findings\":{\"pain.foo\":1}}";
        foreach (var text in new[] { deep, huge, unicode, tenMegabytes })
        {
            var results = CaseReader.ReadAll(text, Vocabulary);
            Assert.All(results, r => Assert.False(r.IsValid));
            Assert.All(results, r => Assert.NotEmpty(r.Problems));
        }
    }

    [Theory]
    [InlineData("""{"id":"\ud800","age":40}""", "id")]
    [InlineData("""{"age":40,"sex":"\udc00"}""", "sex")]
    [InlineData("""{"age":40,"findings":{"\ud800":true}}""", "findings.(a property name)")]
    [InlineData("""{"age":40,"findings":{"episode.onset":"a\ud83d"}}""", "findings.episode.onset")]
    public void A_lone_surrogate_escape_is_a_problem_naming_the_field_not_an_exception(string json, string field)
    {
        // Found by the web API's property tests: GetString() throws on such a string, which was a 500.
        var result = CaseReader.ReadAll(json, Vocabulary).Single();
        Assert.False(result.IsValid);
        Assert.Equal(field, Assert.Single(result.Problems).Field);
    }

    [Property(MaxTest = 25)]
    public bool A_garbled_knowledge_file_gives_diagnostics_never_an_exception(NonNull<string> garbage, PositiveInt pick)
    {
        var folder = RepoPaths.CopyKnowledge();
        try
        {
            var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            var target = files[pick.Get % files.Length];
            File.WriteAllText(target, garbage.Get, Encoding.UTF8);
            var result = KnowledgeLoader.Load(folder);
            return result.Succeeded || result.Errors.Any();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RandomJsonValue(Random random) => random.Next(9) switch
    {
        0 => "true",
        1 => "null",
        2 => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
        3 => "1.5e300",
        4 => "\"female\"",
        5 => "\"sudden\"",
        6 => "[1,2]",
        7 => "{\"a\":{}}",
        _ => "\"\\u0000\"",
    };

    internal static AssessmentCase RandomValidCase(Random random)
    {
        var values = new FindingValue[Vocabulary.Findings.Count];
        foreach (var f in Vocabulary.Findings.Where(_ => random.NextDouble() < 0.3))
        {
            values[f.Index] = f.Type switch
            {
                FindingType.Bool => FindingValue.Of(random.Next(2) == 1),
                FindingType.Int => FindingValue.Of(random.Next(f.Min, f.Max + 1)),
                _ => FindingValue.Of(random.Next(f.Values.Count)),
            };
        }

        return new AssessmentCase(Vocabulary, "random", random.Next(CaseValidator.MinAge, CaseValidator.MaxAge + 1), null, values);
    }
}
