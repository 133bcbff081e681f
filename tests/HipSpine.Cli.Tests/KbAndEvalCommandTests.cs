using HipSpine.Tests.Shared;

namespace HipSpine.Cli.Tests;

public class KbAndEvalCommandTests
{
    [Fact]
    public void Kb_check_passes_on_the_shipped_knowledge_and_reports_its_version()
    {
        var (exit, output, _) = CliRunner.Run("", "kb", "check");
        Assert.Equal(0, exit);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
        Assert.Contains("likelihood ratios", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kb_check_exits_1_and_names_the_problem_for_broken_knowledge()
    {
        var folder = RepoPaths.CopyKnowledge();
        try
        {
            var rule = Path.Combine(folder, "red-flags", "aaa.yaml");
            File.WriteAllText(rule, File.ReadAllText(rule).Replace("urgency: emergency", "urgency: asap", StringComparison.Ordinal));
            var (exit, output, _) = CliRunner.Run("", "kb", "check", "--knowledge", folder);
            Assert.Equal(1, exit);
            Assert.Contains("KB022 error knowledge/red-flags/aaa.yaml", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Eval_on_the_dev_cases_reports_no_under_triage_and_the_accuracy_figures()
    {
        var (exit, output, error) = CliRunner.Run("", "eval", RepoPaths.DevCases, "--verbose");
        Assert.True(exit == 0, output + error);
        Assert.Contains("under-triaged: 0", output, StringComparison.Ordinal);
        foreach (var line in new[] { "cases:", "exact urgency:", "acceptable urgency:", "over-triaged by more than one level:", "top-1 source group:", "top-3 source group:" })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }

        Assert.Contains("N04_hancock2014_acute_LBP_42M", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_with_interview_reports_questions_asked_and_agreement()
    {
        var (exit, output, error) = CliRunner.Run("", "eval", RepoPaths.DevCases, "--interview");
        Assert.True(exit == 0, output + error);
        Assert.Contains("questions asked (screens): median", output, StringComparison.Ordinal);
        Assert.Contains("same urgency as the full evaluation: 14/14", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_exits_1_when_a_case_is_under_triaged()
    {
        var folder = Directory.CreateTempSubdirectory("hipspine-eval-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "X.json"), """
                {"id":"X","age":40,"findings":{"where.low_back":true},
                 "expected":{"urgency":"emergency","acceptableUrgency":["emergency"],"urgencyPatientOnly":"emergency","source":"mechanical_lbp","group":"mechanical","reason":"test"}}
                """);
            var (exit, output, _) = CliRunner.Run("", "eval", folder);
            Assert.Equal(1, exit);
            Assert.Contains("UNDER-TRIAGED X", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
    [Fact]
    public void Eval_says_which_priors_each_case_was_ranked_with_and_can_set_case_settings_aside()
    {
        var folder = Directory.CreateTempSubdirectory("hipspine-eval-").FullName;
        try
        {
            const string Expected = "\"expected\":{\"urgency\":\"soon\",\"acceptableUrgency\":[\"soon\"],\"urgencyPatientOnly\":\"soon\",\"source\":\"mechanical_lbp\",\"group\":\"mechanical\",\"reason\":\"test\"}";
            File.WriteAllText(Path.Combine(folder, "E.json"), $$"""{"id":"E","age":40,"setting":"emergency","findings":{"where.low_back":true},{{Expected}}}""");
            File.WriteAllText(Path.Combine(folder, "P.json"), $$"""{"id":"P","age":40,"findings":{"where.low_back":true},{{Expected}}}""");
            File.WriteAllText(Path.Combine(folder, "Q.json"), $$"""{"id":"Q","age":40,"setting":"primary_care","findings":{"where.low_back":true},{{Expected}}}""");
            var (_, output, _) = CliRunner.Run("", "eval", folder);
            Assert.Contains("priors: 1 case(s) from an emergency department, 1 from primary care, 1 unstated (ranked as primary_care)", output, StringComparison.Ordinal);
            (_, output, _) = CliRunner.Run("", "eval", folder, "--ignore-case-settings", "--setting", "Emergency");
            Assert.Contains("priors: 0 case(s) from an emergency department, 0 from primary care, 3 unstated (ranked as emergency)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
