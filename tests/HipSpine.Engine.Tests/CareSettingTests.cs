using HipSpine.Engine.Assessment;
using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>
/// The care setting selects the priors: an emergency department sees more serious causes of hip and back pain than
/// primary care, so with <see cref="CareSetting.Emergency"/> every serious source starts, and ends, higher.
/// </summary>
public sealed class CareSettingTests : IDisposable
{
    private static readonly AssessmentEngine Emergency = new(Kb.Knowledge, CareSetting.Emergency);
    private readonly string folder = RepoPaths.CopyKnowledge();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// The acute serious causes the red flags screen for. Claudication from arterial disease shares the
    /// vascular group but is a chronic walking pain, no commoner in an emergency department than other common causes.
    /// </summary>
    public static TheoryData<string> SeriousSources() =>
        ["spinal_fracture", "hip_fracture", "malignancy", "spinal_infection", "septic_hip", "cauda_equina", "aaa", "visceral_referral"];

    [Theory]
    [MemberData(nameof(SeriousSources))]
    public void The_emergency_setting_raises_a_serious_source_for_the_same_answers(string id)
    {
        var source = Kb.Knowledge.Sources.Single(s => s.Id == id);
        Assert.True(source.Prior.HasEmergencyBands, $"{id} has no emergencyBands");
        foreach (var subject in new[] { Kb.Case(35, "female", ("where.low_back", true)), Kb.Case(72, "male", ("where.low_back", true), ("systemic.fever", true)) })
        {
            var primaryCare = Kb.Engine.SourceProbability(source, subject);
            var emergency = Emergency.SourceProbability(source, subject);
            Assert.True(emergency > primaryCare, $"{id} at {subject.Age}: emergency {emergency} is not above primary care {primaryCare}");
        }
    }

    [Fact]
    public void The_engine_uses_the_emergency_bands_it_was_given()
    {
        var source = Kb.Knowledge.Sources.Single(s => s.Id == "cauda_equina");
        Assert.Equal(source.PriorFor(50, CareSetting.Emergency), Emergency.SourceProbability(source, Kb.Case(50, null)), 9);
        Assert.NotEqual(source.PriorFor(50), source.PriorFor(50, CareSetting.Emergency));
    }

    [Fact]
    public void A_source_without_emergency_bands_is_a_KB082_warning_and_keeps_its_primary_care_prior()
    {
        var path = Path.Combine(folder, "sources", "cauda_equina.yaml");
        File.WriteAllLines(path, WithoutEmergencyKeys(File.ReadAllLines(path)));
        var result = KnowledgeLoader.Load(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoEmergencyPrior && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("knowledge/sources/cauda_equina.yaml", warning.File);
        var source = result.Knowledge!.Sources.Single(s => s.Id == "cauda_equina");
        Assert.Equal(source.PriorFor(50), source.PriorFor(50, CareSetting.Emergency));
    }

    [Fact]
    public void Emergency_bands_without_their_own_reference_are_uncited()
    {
        var path = Path.Combine(folder, "sources", "cauda_equina.yaml");
        File.WriteAllLines(path, File.ReadAllLines(path).Where(l => !l.TrimStart().StartsWith("emergencyReference:", StringComparison.Ordinal)));
        var result = KnowledgeLoader.Load(folder);
        Assert.Contains(result.Errors, d => d.Code == DiagnosticCodes.Uncited && d.File.EndsWith("cauda_equina.yaml", StringComparison.Ordinal));
    }

    /// <summary>Drops every emergency* key of the prior, with the band lines that follow emergencyBands.</summary>
    private static IEnumerable<string> WithoutEmergencyKeys(IEnumerable<string> lines)
    {
        var inBands = false;
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("emergency", StringComparison.Ordinal))
            {
                inBands = trimmed.StartsWith("emergencyBands:", StringComparison.Ordinal);
                continue;
            }

            if (inBands && trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            inBands = false;
            yield return line;
        }
    }
}
