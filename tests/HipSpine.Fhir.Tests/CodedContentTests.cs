using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

/// <summary>Standard codes beside HipSpine's own, the pregnancy question's enableWhen and what the probabilities mean.</summary>
public sealed class CodedContentTests
{
    private static readonly Questionnaire Intake = QuestionnaireBuilder.For(Kb.Knowledge);

    private static Questionnaire.ItemComponent Item(string linkId) =>
        Intake.Item.SelectMany(g => g.Item.Prepend(g)).Single(i => i.LinkId == linkId);

    [Fact]
    public void Items_with_an_exact_standard_concept_carry_its_code()
    {
        Assert.Equal(("http://loinc.org", "30525-0"), (Item("age").Code.Single().System, Item("age").Code.Single().Code));
        Assert.Equal(("http://loinc.org", "46098-0"), (Item("sex").Code.Single().System, Item("sex").Code.Single().Code));
        Assert.Equal("279039007", Item("where.low_back").Code.Single().Code);
        Assert.Empty(Item("where.groin").Code); // no exact concept: HipSpine's linkId alone (docs/fhir.md)
    }

    [Fact]
    public void The_measured_vital_signs_carry_their_LOINC_codes_in_the_exam_questionnaire_and_the_temperature_none()
    {
        var exam = QuestionnaireBuilder.BuildExam(Kb.Knowledge);
        Questionnaire.ItemComponent ExamItem(string linkId) => exam.Item.SelectMany(g => g.Item.Prepend(g)).Single(i => i.LinkId == linkId);

        Assert.Equal(("http://loinc.org", "8867-4"), (ExamItem("exam.heart_rate_bpm").Code.Single().System, ExamItem("exam.heart_rate_bpm").Code.Single().Code));
        Assert.Equal("8480-6", ExamItem("exam.systolic_bp_mmhg").Code.Single().Code);
        Assert.Equal("9279-1", ExamItem("exam.respiratory_rate").Code.Single().Code);
        Assert.Empty(ExamItem("exam.temperature_c10").Code); // answered in tenths of a degree, not the LOINC unit
        Assert.Empty(FhirValidation.Errors(exam));
    }

    [Fact]
    public void The_pregnancy_question_is_enabled_unless_sex_is_male_and_a_male_answer_to_it_is_refused()
    {
        var when = Assert.Single(Item("hx.pregnant").EnableWhen);
        Assert.Equal("sex", when.Question);
        Assert.Equal(Questionnaire.QuestionnaireItemOperator.NotEqual, when.Operator);
        Assert.Equal("male", Assert.IsType<Coding>(when.Answer).Code);

        Assert.True(FhirFixture.Service.Assess(Responses.Json(Responses.For(30, "female", [new("hx.pregnant", true)]))).IsValid);
        Assert.True(FhirFixture.Service.Assess(Responses.Json(Responses.For(30, null, [new("hx.pregnant", false)]))).IsValid);
        var refused = FhirFixture.Service.Assess(Responses.Json(Responses.For(30, "male", [new("hx.pregnant", false)])));
        Assert.False(refused.IsValid);
        Assert.Contains("hx.pregnant: answered, but the question is not asked unless sex != male", refused.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictions_carry_SNOMED_CT_and_ICD_10_where_they_exist_and_say_why_the_probabilities_do_not_sum_to_1()
    {
        var reply = FhirFixture.Service.Assess(Responses.Json(Responses.For(64, "female", [new("where.groin", true), new("where.low_back", true)])));
        var risk = FhirJson.Read<RiskAssessment>(reply.Json).Resource!;

        var hipOa = risk.Prediction.Single(p => p.Outcome!.Coding[0].Code == "hip_oa").Outcome!.Coding;
        Assert.Equal([FhirUris.SourceSystem, Terminology.Snomed, Terminology.Icd10], hipOa.Select(c => c.System));
        Assert.Equal(["hip_oa", "239872002", "M16.9"], hipOa.Select(c => c.Code));
        Assert.Contains(risk.Note, n => n.Text!.Contains("need not sum to 1", StringComparison.Ordinal));
        Assert.Empty(FhirValidation.Errors(risk));
    }

    [Fact]
    public void The_integrators_guide_names_every_source_without_a_standard_code_and_every_coded_item()
    {
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "fhir.md"));
        var uncoded = Kb.Knowledge.Vocabulary.Sources.Select(s => s.Id).Except(Terminology.CodedSources, StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(uncoded);
        var line = guide.ReplaceLineEndings(" ").Split("No standard code (HipSpine's code only): ")[1].Split(" — ")[0];
        Assert.Equal(uncoded.Order(StringComparer.Ordinal), line.Split(", ").Select(c => c.Trim().Trim('`')).Order(StringComparer.Ordinal));
        Assert.All(Terminology.CodedSources.Concat(Terminology.CodedItems), code => Assert.Contains("| `" + code + "` |", guide, StringComparison.Ordinal));
    }
}
