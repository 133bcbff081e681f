using HipSpine.Engine.Vocabulary;
using HipSpine.Tests.Shared;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir.Tests;

public sealed class QuestionnaireTests
{
    private static readonly Questionnaire Intake = QuestionnaireBuilder.Build(Kb.Knowledge);

    private static IEnumerable<Questionnaire.ItemComponent> Questions(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => i.Type == Questionnaire.QuestionnaireItemType.Group ? Questions(i.Item) : [i]);

    /// <summary>The intake's and the clinician Questionnaire's items together: every finding has one item in one of them.</summary>
    private static readonly Questionnaire Both = QuestionnaireBuilder.For(Kb.Knowledge);

    private static Questionnaire.ItemComponent Item(string linkId) => Questions(Both.Item).Single(i => i.LinkId == linkId);

    [Fact]
    public void It_is_the_active_intake_questionnaire_of_this_knowledge_version()
    {
        Assert.Equal("hipspine-intake", Intake.Id);
        Assert.Equal(FhirUris.IntakeQuestionnaire, Intake.Url);
        Assert.Equal(Kb.Knowledge.Version, Intake.Version);
        Assert.Equal(PublicationStatus.Active, Intake.Status);
    }

    [Fact]
    public void It_asks_age_and_sex_then_one_item_per_finding_with_the_code_as_linkId()
    {
        var linkIds = Questions(Both.Item).Select(i => i.LinkId ?? "").ToArray();

        Assert.Equal(["age", "sex"], linkIds.Take(2));
        Assert.Equal(Kb.Knowledge.Vocabulary.Findings.Select(f => f.Code).Order(StringComparer.Ordinal), linkIds[2..].Order(StringComparer.Ordinal));
        Assert.Equal(linkIds.Length, linkIds.Distinct(StringComparer.Ordinal).Count());
        Assert.True(Item("age").Required);
        Assert.Equal(["female", "male", "other"], Item("sex").AnswerOption.Select(o => ((Coding)o.Value).Code));
    }

    [Fact]
    public void Patient_findings_are_grouped_by_prefix_and_clinician_findings_are_in_their_own_Questionnaire()
    {
        var groups = Intake.Item.Where(i => i.Type == Questionnaire.QuestionnaireItemType.Group).ToArray();

        Assert.Equal(groups.Length, groups.Select(g => g.LinkId).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(groups, g => g.LinkId == "clinician");
        foreach (var group in groups)
        {
            var prefix = group.LinkId!["group-".Length..] + ".";
            Assert.StartsWith("group-", group.LinkId, StringComparison.Ordinal);
            Assert.All(group.Item, i => Assert.StartsWith(prefix, i.LinkId, StringComparison.Ordinal));
            Assert.All(group.Item, i => Assert.False(Kb.Knowledge.Vocabulary.FindFinding(i.LinkId!)!.IsClinicianOnly));
        }

        var exam = QuestionnaireBuilder.BuildExam(Kb.Knowledge);
        Assert.Equal("hipspine-exam", exam.Id);
        Assert.Empty(FhirValidation.Errors(exam));
        var clinician = Assert.Single(exam.Item);
        Assert.Equal("clinician", clinician.LinkId);
        Assert.All(clinician.Item, i => Assert.True(Kb.Knowledge.Vocabulary.FindFinding(i.LinkId!)!.IsClinicianOnly));
        Assert.Equal(Kb.Knowledge.Questions.Count(q => q.Definition.IsClinicianOnly), clinician.Item.Count);
        Assert.Contains(clinician.Item, i => i.LinkId!.StartsWith("exam.", StringComparison.Ordinal));
        Assert.Contains(clinician.Item, i => i.LinkId!.StartsWith("test.", StringComparison.Ordinal));
    }

    [Fact]
    public void Patient_items_carry_the_plain_question()
    {
        foreach (var question in Kb.Knowledge.Questions.Where(q => !q.Definition.IsClinicianOnly))
        {
            Assert.Equal(question.Question, Item(question.Code).Text);
        }
    }

    [Fact]
    public void Answer_types_follow_the_vocabulary()
    {
        foreach (var finding in Kb.Knowledge.Vocabulary.Findings)
        {
            var item = Item(finding.Code);
            switch (finding.Type)
            {
                case FindingType.Bool:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Boolean, item.Type);
                    break;
                case FindingType.Int:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Integer, item.Type);
                    Assert.Equal(finding.Min, item.GetExtension(FhirUris.MinValueExtension)?.Value is Integer { Value: var min } ? min : null);
                    Assert.Equal(finding.Max, item.GetExtension(FhirUris.MaxValueExtension)?.Value is Integer { Value: var max } ? max : null);
                    break;
                default:
                    Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, item.Type);
                    Assert.Equal(finding.Values, item.AnswerOption.Select(o => ((Coding)o.Value).Code));
                    break;
            }
        }
    }

    [Fact]
    public void A_simple_askIf_becomes_enableWhen()
    {
        var item = Item("pain.night_no_position_eases");

        var when = Assert.Single(item.EnableWhen);
        Assert.Equal("pain.night", when.Question);
        Assert.Equal(Questionnaire.QuestionnaireItemOperator.Equal, when.Operator);
        Assert.Equal(true, ((FhirBoolean)when.Answer).Value);
    }

    [Fact]
    public void An_askIf_of_any_of_several_answers_becomes_enableWhen_with_behaviour_any()
    {
        var item = Item("pain.eased_sitting_or_bending_forward");

        Assert.Equal(["pain.worse_standing", "pain.worse_walking"], item.EnableWhen.Select(w => w.Question).Order());
        Assert.Equal(Questionnaire.EnableWhenBehavior.Any, item.EnableBehavior);
    }

    [Fact]
    public void Other_askIf_shapes_are_enabled_by_sex_when_they_depend_on_sex_alone_and_else_always_enabled()
    {
        var complex = Kb.Knowledge.Questions
            .Where(q => q.AskIf is { } c && !c.TryGetBoolFindingList(out _, out _))
            .Select(q => q.Code)
            .ToArray();

        Assert.NotEmpty(complex);
        Assert.All(complex, code => Assert.All(Item(code).EnableWhen, w => Assert.Equal("sex", w.Question)));
        Assert.NotEmpty(Item("hx.pregnant").EnableWhen); // {not: {sex: male}}
    }

    [Fact]
    public void It_validates_against_base_R4_with_zero_errors()
    {
        var errors = FhirValidation.Errors(Intake);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(i => i.Diagnostics + " at " + string.Join(", ", i.Expression))));
    }

    [Fact]
    public void Its_JSON_reads_back_as_the_same_questionnaire()
    {
        var read = FhirJson.Read<Questionnaire>(FhirFixture.Service.QuestionnaireJson());

        Assert.True(read.IsValid, FhirJson.Serialize(read.Problems));
        Assert.NotNull(read.Resource!.Meta?.VersionId); // served with a version; the rest is the same questionnaire
        read.Resource.Meta = null;
        Assert.True(Intake.IsExactly(read.Resource));
    }
}
