using System.Text.Json;
using HipSpine.Engine.Cases;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Every red-flag rule: one case where it fires, and the same case with a key finding false where it does not.</summary>
public class RuleExamplesTests
{
    private static readonly Lazy<JsonElement> Examples = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "HipSpine.Engine.Tests", "data", "rule-examples.json"))).RootElement);


    [Theory]
    [MemberData(nameof(RuleTheoryData.RuleIds), MemberType = typeof(RuleTheoryData))]
    public void Rule_fires_on_its_example(string ruleId)
    {
        var result = Kb.Engine.Assess(Example(ruleId, keyOff: false));
        var reason = Assert.Single(result.UrgencyReasons, r => r.Rule == ruleId);
        var rule = Kb.Knowledge.Rules.Single(r => r.Id == ruleId);
        Assert.Equal(rule.Urgency, reason.Urgency);
        Assert.NotEmpty(reason.Advice);
        Assert.NotEmpty(reason.Reference);
        Assert.True(Engine.Vocabulary.Urgency.Rank(result.Urgency) <= rule.UrgencyRank, "the result is at least as urgent as the fired rule");
    }

    [Theory]
    [MemberData(nameof(RuleTheoryData.RuleIds), MemberType = typeof(RuleTheoryData))]
    public void Rule_does_not_fire_when_its_key_finding_is_false(string ruleId)
    {
        var result = Kb.Engine.Assess(Example(ruleId, keyOff: true));
        Assert.DoesNotContain(result.UrgencyReasons, r => r.Rule == ruleId);
    }

    [Fact]
    public void Every_example_names_a_rule_that_exists()
    {
        var ids = Kb.Knowledge.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(Examples.Value.EnumerateObject(), p => Assert.Contains(p.Name, ids));
    }

    private static AssessmentCase Example(string ruleId, bool keyOff)
    {
        Assert.True(Examples.Value.TryGetProperty(ruleId, out var example), $"rule-examples.json has no example for '{ruleId}'");
        var findings = example.GetProperty("findings").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        if (keyOff)
        {
            var key = example.GetProperty("keyFinding").GetString()!;
            findings[key] = example.TryGetProperty("keyValue", out var keyValue) ? keyValue.Clone() : false;
        }

        var json = JsonSerializer.Serialize(new
        {
            id = ruleId,
            age = example.GetProperty("age").GetInt32(),
            sex = example.TryGetProperty("sex", out var sex) ? sex.GetString() : null,
            findings,
        });
        return Kb.Case(json);
    }
}
