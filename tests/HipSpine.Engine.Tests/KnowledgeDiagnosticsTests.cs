using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>Broken knowledge gives stable codes naming file and key, and every problem is reported at once.</summary>
public sealed class KnowledgeDiagnosticsTests : IDisposable
{
    private readonly string folder = RepoPaths.CopyKnowledge();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_unknown_finding_code_is_KB010_with_file_line_and_key()
    {
        Replace("red-flags/cauda_equina.yaml", "neuro.saddle_numbness", "neuro.sadle_numbness");
        var error = Assert.Single(Load().Errors, d => d.Code == DiagnosticCodes.UnknownFinding);
        Assert.Equal("knowledge/red-flags/cauda_equina.yaml", error.File);
        Assert.True(error.Line > 0);
        Assert.Contains("when", error.Path, StringComparison.Ordinal);
        Assert.Contains("neuro.sadle_numbness", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_without_a_reference_is_reported_as_uncited()
    {
        var path = Path.Combine(folder, "red-flags", "aaa.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.StartsWith("reference:", StringComparison.Ordinal)));
        Assert.Contains(Load().Errors, d => d.Code == DiagnosticCodes.Uncited && d.File.EndsWith("aaa.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_collected_not_just_the_first()
    {
        Replace("red-flags/cauda_equina.yaml", "urgency: emergency", "urgency: now");
        File.WriteAllText(Path.Combine(folder, "sources", "gtps.yaml"), "id: gtps\nprior: [unclosed\n");
        var result = Load();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, d => d.Code == DiagnosticCodes.UnknownUrgency);
        Assert.Contains(result.Errors, d => d.Code == DiagnosticCodes.Unreadable && d.File.EndsWith("gtps.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_likelihood_ratio_of_zero_and_a_misspelt_key_are_errors()
    {
        var path = Path.Combine(folder, "sources", "hip_oa.yaml");
        var text = File.ReadAllText(path);
        var lrIndex = text.IndexOf("lr: ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', lrIndex);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, lrIndex), "lr: 0", text.AsSpan(end)) + "\nsumary: typo\n");
        var errors = Load().Errors.ToArray();
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.BadNumber);
        Assert.Contains(errors, d => d.Code == DiagnosticCodes.UnknownKey && d.Path == "sumary");
    }

    [Fact]
    public void A_rule_that_can_never_fire_is_unreachable()
    {
        File.WriteAllText(Path.Combine(folder, "red-flags", "never.yaml"), """
            id: never
            name: Never
            urgency: soon
            when: {all: [{age: {min: 121}}, {finding: where.groin}]}
            advice: x
            explanation: x
            reference: test
            """);
        Assert.Contains(Load().Errors, d => d.Code == DiagnosticCodes.Unreachable);
    }

    [Fact]
    public void A_finding_without_a_question_is_reported()
    {
        var path = Path.Combine(folder, "findings", "psych.yaml");
        File.WriteAllText(path, "findings: []\n");
        Assert.Contains(Load().Errors, d => d.Code == DiagnosticCodes.FindingCoverage && d.Message.Contains("psych.low_mood", StringComparison.Ordinal));
    }

    [Fact]
    public void An_emergency_rule_without_a_warning_sign_is_reported()
    {
        Replace("warning-signs.yaml", "rules: [aaa, acute_aortic_pain, sudden_back_and_belly_pain_unwell]",
            "rules: [acute_aortic_pain, sudden_back_and_belly_pain_unwell]");
        Assert.Contains(Load().Errors, d => d.Code == DiagnosticCodes.Unreachable && d.Message.Contains("'aaa'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pain_site_completion_that_is_not_a_where_finding_is_KB010()
    {
        Replace("manifest.yaml", "painSiteCompletions: [where.low_back, where.hip]", "painSiteCompletions: [where.low_back, pain.night]");
        Assert.Contains(Load().Errors, d => d.Code == DiagnosticCodes.UnknownFinding && d.Message.Contains("pain.night", StringComparison.Ordinal));
    }

    private KnowledgeLoadResult Load() => KnowledgeLoader.Load(folder);

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(folder, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
