using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Evaluation;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The hand-written contract writer must give exactly the bytes of the generated System.Text.Json serialiser:
/// stored results, the CLI and <c>POST /api/assess</c> use it, and other tools compare that JSON.
/// </summary>
public class AssessmentResultWriterTests
{
    [Fact]
    public void Every_own_and_published_case_is_written_byte_for_byte_as_the_generated_serialiser_writes_it()
    {
        var cases = new List<LabelledCase>();
        foreach (var folder in new[] { RepoPaths.OwnCases, RepoPaths.DevCases })
        {
            var (read, problems) = LabelledCaseReader.ReadFolder(folder, Kb.Knowledge.Vocabulary);
            Assert.Empty(problems);
            cases.AddRange(read);
        }

        Assert.True(cases.Count > 50, $"only {cases.Count} cases");
        foreach (var c in cases)
        {
            AssertSameBytes(Kb.Engine.Assess(c.Full), c.Id);
            AssertSameBytes(Kb.Engine.Assess(c.PatientOnly), c.Id + " (patient answers)");
        }
    }

    [Fact]
    public void Random_valid_cases_are_written_byte_for_byte_as_the_generated_serialiser_writes_them()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            AssertSameBytes(Kb.Engine.Assess(BadInputPropertyTests.RandomValidCase(new Random(seed))), $"seed {seed}");
        }
    }

    [Fact]
    public void Results_read_back_from_storage_no_id_odd_characters_and_extreme_numbers_are_written_the_same()
    {
        using var stored = JsonDocument.Parse("""{"a":[1,2],"b":"x"}""");
        var evidence = new EvidenceResult[]
        {
            new("where.groin", true, 3, "LR+ 3 <groin> & 'thigh' \u00e9\u2028 \ud83d\ude00"),
            new("pain.severity_now", 7, 0.1234567890123, "\"quoted\" \\ back\tslash"),
            new("choice", "left", double.Epsilon, ""),
            new("stored", stored.RootElement.GetProperty("a"), 1e308, "r"),
            new("stored.string", stored.RootElement.GetProperty("b"), -0.0, "r"),
        };
        var result = new AssessmentResult(
            null,
            "soon",
            [new UrgencyReason("rule", "soon", ["a", "b"], "advice </script>", "ref +")],
            [],
            [new RuleOut("spinal_infection", "infection", ["a", "b"])],
            [new SourceResult("hip_oa", "hip_joint", 0.5155, ["arthritis"], evidence), new SourceResult("x", "y", 0, [], [])],
            PainPattern.HipDriven,
            "1.0.0");
        AssertSameBytes(result, "hand-made");
        AssertSameBytes(result with { Id = "id \u0000 with a control character" }, "hand-made with id");
    }

    private static void AssertSameBytes(AssessmentResult result, string name)
    {
        var expected = JsonSerializer.Serialize(result, HipSpineJsonContext.Default.AssessmentResult);
        var actual = HipSpineJson.Serialize(result);
        Assert.True(expected == actual, $"{name}: the writer differs from the generated serialiser\nexpected {expected}\nactual   {actual}");
    }
}
