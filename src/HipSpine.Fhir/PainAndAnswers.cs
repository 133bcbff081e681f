using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>QuestionnaireResponses from stored cases and pain Observations from diary ratings.</summary>
internal static class PainAndAnswers
{
    /// <summary>The case as answers to <c>hipspine-intake</c> (or its clinician findings to <c>hipspine-exam</c>), each finding in its group as the Questionnaire has it.</summary>
    /// <param name="subject">The stored case.</param>
    /// <param name="knowledge">Where the findings' groups come from.</param>
    /// <param name="id">The response's id.</param>
    /// <param name="patient">The subject.</param>
    /// <param name="authored">When it was answered.</param>
    /// <param name="canonical">The Questionnaires' canonical base.</param>
    /// <param name="exam">False: the patient's answers to hipspine-intake; true: the clinician findings as answers to hipspine-exam.</param>
    public static QuestionnaireResponse Response(AssessmentCase subject, KnowledgeBase knowledge, string id, ResourceReference patient, DateTimeOffset authored, FhirCanonical? canonical = null, bool exam = false)
    {
        ArgumentNullException.ThrowIfNull(subject);
        canonical ??= FhirCanonical.Default;
        var response = new QuestionnaireResponse
        {
            Id = id,
            Questionnaire = exam ? canonical.ExamQuestionnaire : canonical.IntakeQuestionnaire,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = patient,
            AuthoredElement = new FhirDateTime(authored),
        };
        if (!exam)
        {
            response.Item.Add(Answer(QuestionnaireBuilder.AgeLinkId, new Integer(subject.Age)));
        }

        if (!exam && subject.Sex is { } sex)
        {
            response.Item.Add(Answer(QuestionnaireBuilder.SexLinkId, new Coding(FhirUris.GenderSystem, sex)));
        }

        foreach (var (code, value) in subject.AnsweredFindings())
        {
            var definition = knowledge.Vocabulary.FindFinding(code);
            if (definition is null || definition.IsClinicianOnly != exam)
            {
                continue;
            }

            var group = QuestionnaireBuilder.GroupLinkId(definition);
            var groupItem = response.Item.FirstOrDefault(i => string.Equals(i.LinkId, group, StringComparison.Ordinal));
            if (groupItem is null)
            {
                groupItem = new QuestionnaireResponse.ItemComponent { LinkId = group };
                response.Item.Add(groupItem);
            }

            DataType answer = value switch
            {
                bool b => new FhirBoolean(b),
                int i => new Integer(i),
                string s => new Coding(canonical.AnswerSystem, s),
                _ => new FhirString(Convert.ToString(value, CultureInfo.InvariantCulture)),
            };
            groupItem.Item.Add(Answer(code, answer));
        }

        return response;
    }

    public static Observation PainObservation(PainRecord pain, ResourceReference patient) => new()
    {
        Id = "pain-" + pain.Id.ToString("D"),
        Status = ObservationStatus.Final,
        Category = [new CodeableConcept(EverythingBuilder.CategorySystem, "survey", "Survey", null)],
        Code = new CodeableConcept(EverythingBuilder.LoincSystem, EverythingBuilder.PainCode, EverythingBuilder.PainDisplay, EverythingBuilder.PainDisplay),
        Subject = patient,
        Effective = new FhirDateTime(pain.At),
        Value = new Integer(pain.Pain),
    };

    private static QuestionnaireResponse.ItemComponent Answer(string linkId, DataType value) => new()
    {
        LinkId = linkId,
        Answer = [new QuestionnaireResponse.AnswerComponent { Value = value }],
    };
}
