using HipSpine.Engine.Evaluation;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Clinical cases as a theory: our own cases (tests/cases) and the published dev cases (tests/cases/dev).</summary>
public class LabelledCaseTests
{
    private static readonly Lazy<IReadOnlyList<LabelledCase>> Own = new(() => Read(RepoPaths.OwnCases));
    private static readonly Lazy<IReadOnlyList<LabelledCase>> Dev = new(() =>
    {
        return Read(RepoPaths.DevCases);
    });

    public static TheoryData<string> OwnCaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in Own.Value)
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OwnCaseIds))]
    public void Own_case_gets_an_acceptable_urgency_and_fires_its_rules(string id)
    {
        var outcome = EvaluationRunner.Evaluate(Kb.Engine, Own.Value.Single(c => c.Id == id));
        Assert.False(outcome.UnderTriaged, $"{id} under-triaged: expected {outcome.ExpectedUrgency}, got {outcome.Urgency}");
        Assert.False(outcome.UnderTriagedPatientOnly, $"{id} under-triaged on patient answers: expected {outcome.ExpectedPatientOnly}, got {outcome.UrgencyPatientOnly}");
        Assert.True(outcome.Acceptable, $"{id}: urgency {outcome.Urgency} is not acceptable (expected {outcome.ExpectedUrgency})");
        Assert.Empty(outcome.MissingRules);
    }

    [Fact]
    public void There_are_at_least_40_own_cases_covering_every_rule_and_every_source()
    {
        var cases = Own.Value;
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
        var rules = cases.SelectMany(c => c.Expected.Rules).ToHashSet();
        Assert.All(Kb.Knowledge.Rules, r => Assert.Contains(r.Id, rules));
        var sources = cases.Select(c => c.Expected.Source).ToHashSet();
        Assert.All(Kb.Knowledge.Sources, s => Assert.Contains(s.Id, sources));
    }

    [Fact]
    public void Own_cases_rank_the_expected_group_in_the_top_three_at_least_78_percent_of_the_time()
    {
        // 78 %, not 85 %: the own set also holds one vignette per triage rule, and the rules for rare serious
        // causes (aortic dissection at any age, spinal infection without fever or with diabetes only, lymphoma,
        // cauda equina from weakness of both legs, an acute abdomen, a bleed on blood thinners, pain in pregnancy,
        // a child's belly pain with a limp, a fever with thigh pain from a deep abscess, a septic hip without fever on immunosuppressants, and (1.13.0) a septic hip without fever
        // found by raised markers, a spinal infection on long-term steroids found by raised markers) fire on findings whose
        // likelihood ratios are still mostly estimates, so their source is named in mustRuleOut but not always
        // ranked in the top three (docs/validation.md). The bar stops the common sources from slipping.
        var report = EvaluationRunner.Run(Kb.Engine, Own.Value);
        Assert.True(report.Top3GroupPercent >= 78, Misses(report));
    }

    [Fact]
    public void Dev_cases_are_never_under_triaged_and_reach_85_percent_top_three()
    {
        var report = EvaluationRunner.Run(Kb.Engine, Dev.Value);
        Assert.True(report.Count >= 10, "the dev cases were not found");
        Assert.Empty(report.UnderTriaged);
        Assert.Empty(report.UnderTriagedPatientOnly);
        Assert.True(report.Top3GroupPercent >= 85, Misses(report));
    }

    private static string Misses(EvaluationReport report) =>
        $"top-3 {report.Top3GroupPercent:0.0}%; misses: " + string.Join("; ",
            report.Cases.Where(c => !c.Top3Group).Select(c => $"{c.Id} expected {c.ExpectedGroup}, got {string.Join(",", c.TopSources)}"));

    private static IReadOnlyList<LabelledCase> Read(string folder)
    {
        var (cases, problems) = LabelledCaseReader.ReadFolder(folder, Kb.Knowledge.Vocabulary);
        Assert.Empty(problems);
        return cases;
    }
}
