using System.Text.Json;
using HipSpine.Engine.Assessment;
using HipSpine.Tests.Shared;

namespace HipSpine.Engine.Tests;

/// <summary>The result has exactly the shape of docs/contract.md section 2.</summary>
public class AssessmentContractTests
{
    private static readonly AssessmentResult HipOa = Kb.Engine.Assess(Kb.Case("""
        {"id":"hip","age":68,"sex":"female","findings":{"where.groin":true,"where.low_back":true,
         "pain.difficulty_shoes_socks":true,"func.hip_stiff_reduced_motion":true,"stiffness.morning_minutes":20,
         "episode.duration_days":200,"exam.hip_internal_rotation_deg":10}}
        """));

    [Fact]
    public void Every_source_is_listed_once_sorted_by_probability_with_ties_in_vocabulary_order()
    {
        var vocabulary = Kb.Knowledge.Vocabulary.Sources;
        Assert.Equal(vocabulary.Select(s => s.Id).Order(), HipOa.Sources.Select(s => s.Id).Order());
        for (var i = 1; i < HipOa.Sources.Count; i++)
        {
            var (a, b) = (HipOa.Sources[i - 1], HipOa.Sources[i]);
            Assert.True(a.Probability > b.Probability
                || (a.Probability == b.Probability && vocabulary.First(s => s.Id == a.Id).Index < vocabulary.First(s => s.Id == b.Id).Index));
        }

        Assert.All(HipOa.Sources, s => Assert.InRange(s.Probability, 0, 1));
        Assert.All(HipOa.Sources, s => Assert.Equal(vocabulary.First(v => v.Id == s.Id).Group, s.Group));
    }

    [Fact]
    public void A_hip_osteoarthritis_picture_ranks_hip_oa_first_with_its_evidence_and_mechanisms()
    {
        var top = HipOa.Sources[0];
        Assert.Equal("hip_oa", top.Id);
        Assert.Contains(top.Evidence, e => e.Finding == "where.groin" && e.Value is true && e.LikelihoodRatio > 1 && e.Reference.Length > 0);
        Assert.Contains("arthritis", top.Mechanisms);
        Assert.Equal(PainPattern.HipDriven, HipOa.Pattern);
    }

    [Fact]
    public void No_fired_rule_with_unanswered_red_flags_is_soon_for_incomplete_answers_never_self_care()
    {
        var result = Kb.Engine.Assess(Kb.Case("""{"age":35,"findings":{"where.low_back":true,"episode.duration_days":2}}"""));
        Assert.Equal("soon", result.Urgency);
        var reason = Assert.Single(result.UrgencyReasons);
        Assert.Equal("incomplete_answers", reason.Rule);
        Assert.Contains("neuro.saddle_numbness", reason.Findings);
        Assert.Contains("pain.severity_worst", reason.Findings);
        Assert.DoesNotContain("episode.duration_days", reason.Findings);
        Assert.Contains("neuro.saddle_numbness", result.UnansweredRedFlags);
        Assert.Contains("systemic.fever", result.UnansweredRedFlags);
        Assert.Empty(result.MustRuleOut);
    }

    [Fact]
    public void No_fired_rule_with_every_red_flag_and_core_question_answered_is_self_care()
    {
        var findings = Kb.Engine.MissingForSelfCare(Kb.Case("""{"age":35,"findings":{}}"""))
            .ToDictionary(c => c, c => Kb.Knowledge.Vocabulary.FindFinding(c)!.Type == Engine.Vocabulary.FindingType.Int ? (object)3 : false);
        findings["where.low_back"] = true;
        var result = Kb.Engine.Assess(Kb.Case(JsonSerializer.Serialize(new { age = 35, findings })));
        Assert.Equal("self_care", result.Urgency);
        Assert.Empty(result.UrgencyReasons);
        Assert.Empty(Kb.Engine.MissingForSelfCare(Kb.Case(JsonSerializer.Serialize(new { age = 35, findings }))));
    }

    [Fact]
    public void Reasons_list_every_fired_rule_most_urgent_first_with_the_findings_that_fired_it()
    {
        var result = Kb.Engine.Assess(Kb.Case("""
            {"age":50,"findings":{"where.low_back":true,"neuro.saddle_numbness":true,"neuro.leg_numbness_tingling":true,"episode.duration_days":60}}
            """));
        Assert.Equal("emergency", result.Urgency);
        Assert.Equal("cauda_equina", result.UrgencyReasons[0].Rule);
        Assert.Contains("neuro.saddle_numbness", result.UrgencyReasons[0].Findings);
        var ranks = result.UrgencyReasons.Select(r => Engine.Vocabulary.Urgency.Rank(r.Urgency)).ToArray();
        Assert.Equal(ranks.Order(), ranks);
        Assert.True(result.UrgencyReasons.Count >= 2);
        Assert.DoesNotContain("neuro.saddle_numbness", result.UnansweredRedFlags);
    }

    [Fact]
    public void Json_uses_exactly_the_contract_property_names()
    {
        using var doc = JsonDocument.Parse(HipSpineJson.Serialize(HipOa));
        var root = doc.RootElement;
        Assert.Equal(["id", "urgency", "urgencyReasons", "unansweredRedFlags", "mustRuleOut", "sources", "pattern", "knowledgeVersion"],
            root.EnumerateObject().Select(p => p.Name));
        var source = root.GetProperty("sources")[0];
        Assert.Equal(["id", "group", "probability", "mechanisms", "evidence"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["finding", "value", "likelihoodRatio", "reference"], source.GetProperty("evidence")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(Kb.Knowledge.Version, root.GetProperty("knowledgeVersion").GetString());
    }

    [Fact]
    public void Triage_rank_agrees_with_the_full_assessment()
    {
        var subject = Kb.Case("""{"age":30,"findings":{"where.low_back":true,"systemic.fever":true,"hx.iv_drug_use":true}}""");
        Assert.Equal(Engine.Vocabulary.Urgency.Rank(Kb.Engine.Assess(subject).Urgency), Kb.Engine.TriageRank(subject));
        Assert.Equal(Kb.Engine.Assess(subject).UrgencyReasons.Count, Kb.Engine.CountFiredRules(subject));
    }
}
