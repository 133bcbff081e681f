using HipSpine.Engine.Assessment;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// A case may say where the person is asking (contract: <c>setting</c>); priors then come from that setting instead
/// of the engine's configured one, so a case written from an emergency-department presentation is ranked with
/// emergency-department figures.
/// </summary>
public class CaseSettingTests
{
    private const string Findings = """{"systemic.fever":true,"where.low_back":true,"where.groin":true,"pain.night":true}""";

    private static AssessmentCase Read(string json) =>
        Assert.Single(CaseReader.ReadAll(json, Kb.Knowledge.Vocabulary)).Case ?? throw new InvalidOperationException("invalid test case");

    [Theory]
    [InlineData("emergency", CareSetting.Emergency)]
    [InlineData("primary_care", CareSetting.PrimaryCare)]
    public void A_case_setting_overrides_the_engine_setting(string name, CareSetting setting)
    {
        var withSetting = Read($$"""{"age":70,"setting":"{{name}}","findings":{{Findings}}}""");
        var plain = Read($$"""{"age":70,"findings":{{Findings}}}""");
        Assert.Equal(setting, withSetting.Setting);
        var configured = new AssessmentEngine(Kb.Knowledge, setting);
        var other = new AssessmentEngine(Kb.Knowledge, setting == CareSetting.Emergency ? CareSetting.PrimaryCare : CareSetting.Emergency);
        Assert.Equal(configured.SourceProbabilities(plain), other.SourceProbabilities(withSetting));
        Assert.Equal(
            configured.RankSources(plain).Select(s => (s.Id, s.Probability)),
            other.RankSources(withSetting).Select(s => (s.Id, s.Probability)));
    }

    [Fact]
    public void A_case_without_a_setting_uses_the_engine_setting()
    {
        var plain = Read($$"""{"age":70,"findings":{{Findings}}}""");
        Assert.Null(plain.Setting);
        var emergency = new AssessmentEngine(Kb.Knowledge, CareSetting.Emergency);
        var explicitly = Read($$"""{"age":70,"setting":"emergency","findings":{{Findings}}}""");
        Assert.Equal(emergency.SourceProbabilities(explicitly), emergency.SourceProbabilities(plain));
    }

    [Fact]
    public void The_setting_survives_writing_the_case_and_changing_a_finding()
    {
        var subject = Read("""{"id":"a","age":70,"setting":"emergency","findings":{"where.hip":true}}""");
        Assert.Contains("\"setting\":\"emergency\"", CaseWriter.Write(subject), StringComparison.Ordinal);
        Assert.Equal(CareSetting.Emergency, Read(CaseWriter.Write(subject)).Setting);
        var index = Kb.Knowledge.Vocabulary.FindFinding("systemic.fever")!.Index;
        Assert.Equal(CareSetting.Emergency, subject.With(index, FindingValue.Of(true)).Setting);
    }
}

/// <summary>Labelled case files may carry the setting their publication describes.</summary>
public class LabelledCaseSettingTests
{
    [Fact]
    public void A_labelled_case_reads_its_setting_for_both_the_full_and_the_patient_only_case()
    {
        var file = Path.Combine(Path.GetTempPath(), $"setting-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"id":"s","age":60,"setting":"emergency","findings":{"where.low_back":true},"examFindings":{},
             "expected":{"urgency":"soon","source":"mechanical_lbp","group":"mechanical"}}
            """);
        try
        {
            var (labelled, problems) = HipSpine.Engine.Evaluation.LabelledCaseReader.ReadFile(file, Kb.Knowledge.Vocabulary);
            Assert.Empty(problems);
            Assert.Equal(CareSetting.Emergency, labelled!.Full.Setting);
            Assert.Equal(CareSetting.Emergency, labelled.PatientOnly.Setting);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
