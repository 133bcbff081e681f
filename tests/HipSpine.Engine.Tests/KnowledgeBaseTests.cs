using HipSpine.Engine.Knowledge;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

public class KnowledgeBaseTests
{
    [Fact]
    public void The_shipped_knowledge_base_loads_without_errors()
    {
        var result = KnowledgeLoader.Load(RepoPaths.Knowledge);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }


    [Fact]
    public void Every_finding_has_a_question_a_clinician_wording_and_a_reason()
    {
        var kb = Kb.Knowledge;
        Assert.Equal(kb.Vocabulary.Findings.Count, kb.Questions.Count);
        Assert.All(kb.Questions, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Question), q.Code);
            Assert.False(string.IsNullOrWhiteSpace(q.Clinician), q.Code);
            Assert.False(string.IsNullOrWhiteSpace(q.Why), q.Code);
        });
    }

    [Fact]
    public void Every_source_of_the_vocabulary_has_a_cited_prior_mechanisms_and_likelihood_ratios()
    {
        var kb = Kb.Knowledge;
        Assert.Equal(kb.Vocabulary.Sources.Select(s => s.Id), kb.Sources.Select(s => s.Id));
        Assert.All(kb.Sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.PriorReference), s.Id);
            Assert.NotEmpty(s.Mechanisms);
            Assert.True(s.Evidence.Count >= 2, $"{s.Id} has only {s.Evidence.Count} likelihood ratios");
            Assert.All(s.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Reference), $"{s.Id}: {e.Finding}"));
        });
    }

    [Fact]
    public void Docs_evidence_md_is_what_the_knowledge_base_generates()
    {
        var committed = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "evidence.md")).ReplaceLineEndings("\n");
        Assert.True(EvidenceDocument.Write(Kb.Knowledge) == committed,
            "docs/evidence.md is out of date: run `dotnet run --project src/HipSpine.Cli -- kb evidence > docs/evidence.md`");
    }

    [Fact]
    public void All_seven_mechanisms_are_explained()
    {
        Assert.Equal(
            Kb.Knowledge.Vocabulary.Mechanisms.Select(m => m.Id).Order(),
            Kb.Knowledge.Mechanisms.Select(m => m.Id).Order());
    }

    [Fact]
    public void The_knowledge_version_is_semver_plus_a_content_hash()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+\+[0-9a-f]{12}$", Kb.Knowledge.Version);
    }

    [Fact]
    public void The_seed_articles_rules_and_the_required_red_flags_exist()
    {
        string[] required =
        [
            "cauda_equina", "spinal_infection", "septic_hip", "suspected_malignancy", "metastatic_cord_compression",
            "hip_fracture_after_fall", "femoral_neck_stress_fracture", "vertebral_insufficiency_fracture", "scfe", "aaa",
            "renal_colic", "kidney_infection", "progressive_neuro_deficit", "inflammatory_back_pain",
            "severe_unrelieved_pain", "persistent_pain", "worsening_pain", "walking_difficulty", "nerve_symptoms",
            "hot_swollen_joint", "fever_with_pain", "recent_fall_or_injury",
        ];
        var ids = Kb.Knowledge.Rules.Select(r => r.Id).ToHashSet();
        Assert.All(required, id => Assert.Contains(id, ids));
    }
}
