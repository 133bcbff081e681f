using HipSpine.Engine.Cases;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Contract errors name the case and the field; nothing is evaluated for an invalid case.</summary>
public class CaseReaderTests
{
    private static IReadOnlyList<CaseReadResult> Read(string text) => CaseReader.ReadAll(text, Kb.Knowledge.Vocabulary);

    [Fact]
    public void A_valid_case_reads_with_unknowns_left_unknown()
    {
        var result = Assert.Single(Read("""{"id":"a","age":67,"sex":"female","findings":{"where.groin":true,"pain.severity_now":6,"episode.onset":"gradual"}}"""));
        Assert.True(result.IsValid);
        Assert.True(result.Case!.Get("where.groin").AsBool);
        Assert.Equal(6, result.Case.Get("pain.severity_now").Number);
        Assert.False(result.Case.IsKnown("neuro.saddle_numbness"));
    }

    [Theory]
    [InlineData("""{"id":"x","age":50,"findings":{"pain.foo":true}}""", "case 'x': findings.pain.foo: unknown finding code")]
    [InlineData("""{"id":"x","age":50,"findings":{"where.groin":"yes"}}""", "case 'x': findings.where.groin: must be true or false")]
    [InlineData("""{"id":"x","age":50,"findings":{"pain.severity_now":11}}""", "case 'x': findings.pain.severity_now: 11 is outside 0-10")]
    [InlineData("""{"id":"x","age":50,"findings":{"pain.severity_now":2.5}}""", "case 'x': findings.pain.severity_now: must be a whole number")]
    [InlineData("""{"id":"x","age":50,"findings":{"episode.onset":"slow"}}""", "case 'x': findings.episode.onset: must be one of gradual, sudden")]
    [InlineData("""{"id":"x","age":9}""", "case 'x': age: 9 is outside 10-120")]
    [InlineData("""{"id":"x"}""", "case 'x': age: is required")]
    [InlineData("""{"id":"x","age":40,"sex":"f"}""", "case 'x': sex: must be female, male or other")]
    [InlineData("""{"id":"x","age":40,"setting":"hospital"}""", "case 'x': setting: must be primary_care or emergency")]
    [InlineData("""{"id":"x","age":40,"findngs":{}}""", "case 'x': findngs: unknown property")]
    [InlineData("""{"age":40,"findings":[]}""", "case #1: findings: must be an object")]
    [InlineData("""[1]""", "case #1: (case): a case must be a JSON object")]
    [InlineData("""{"age": 40,""", "case #1: (json): invalid JSON")]
    [InlineData("  ", "case #1: (input): no case found")]
    [InlineData("[]", "case #1: (input): no case found")]
    public void Invalid_input_names_the_case_and_the_field(string json, string expectedStart)
    {
        var problems = Read(json).SelectMany(r => r.Problems).Select(p => p.ToString()).ToArray();
        Assert.Contains(problems, p => p.StartsWith(expectedStart, StringComparison.Ordinal));
        Assert.All(Read(json), r => Assert.Null(r.Case));
    }

    [Fact]
    public void Json_lines_are_read_one_case_per_line_and_a_bad_line_does_not_hide_the_others()
    {
        var results = Read("""
            {"id":"one","age":40}
            {"id":"two","age":
            {"id":"three","age":50}
            """);
        Assert.Equal(3, results.Count);
        Assert.True(results[0].IsValid);
        Assert.False(results[1].IsValid);
        Assert.Contains("line 2", results[1].Label, StringComparison.Ordinal);
        Assert.True(results[2].IsValid);
    }

    [Fact]
    public void An_array_of_cases_keeps_input_order_and_labels_cases_without_id_by_position()
    {
        var results = Read("""[{"id":"a","age":40},{"age":400}]""");
        Assert.Equal("'a'", results[0].Label);
        Assert.Equal("case #2: age: 400 is outside 10-120", results[1].Problems.Single().ToString());
    }

    [Fact]
    public void A_null_finding_means_not_sure_and_stays_unknown()
    {
        var result = Assert.Single(Read("""{"age":40,"findings":{"systemic.fever":null}}"""));
        Assert.True(result.IsValid);
        Assert.False(result.Case!.IsKnown("systemic.fever"));
    }
}
