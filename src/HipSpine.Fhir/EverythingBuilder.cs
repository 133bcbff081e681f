using System.Globalization;
using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Builds a patient's <c>$everything</c> Bundle (type collection) from plain data: the Patient (id only), one
/// QuestionnaireResponse per stored assessment (answers to <c>hipspine-intake</c>), a RiskAssessment per stored
/// result whose basis is that response, a pain Observation (LOINC 72514-3) per diary entry, and per started
/// plan a CarePlan with the exercises as activities and one Goal per phase goal.
/// </summary>
internal static class EverythingBuilder
{
    public const string LoincSystem = "http://loinc.org";
    public const string PainCode = "72514-3";
    public const string PainDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    public static Bundle Build(PatientRecord record, KnowledgeBase knowledge, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(knowledge);
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = now,
        };
        var patient = new Patient { Id = record.PatientId };
        var subject = new ResourceReference("Patient/" + record.PatientId);
        Add(bundle, patient);

        foreach (var assessment in record.Assessments.OrderBy(a => a.Created))
        {
            var response = PainAndAnswers.Response(assessment.Case, knowledge, "qr-" + assessment.Id.ToString("D"), subject, assessment.Created);
            Add(bundle, response);
            var risk = RiskAssessmentBuilder.Build(assessment.Result, knowledge, assessment.Created, response, subject);
            risk.Id = "ra-" + assessment.Id.ToString("D");
            Add(bundle, risk);
        }

        foreach (var pain in record.Pain.OrderBy(p => p.At))
        {
            Add(bundle, PainAndAnswers.PainObservation(pain, subject));
        }

        foreach (var plan in record.Plans)
        {
            var carePlan = new CarePlan
            {
                Id = "plan-" + plan.Id.ToString("D"),
                Status = RequestStatus.Active,
                Intent = CarePlan.CarePlanIntent.Plan,
                Title = "HipSpine recovery plan",
                Subject = subject,
                Period = new Period { StartElement = new FhirDateTime(plan.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) },
            };
            for (var i = 0; i < plan.Goals.Count; i++)
            {
                var goal = new Goal
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"goal-{plan.Id:D}-{i + 1}"),
                    LifecycleStatus = Goal.GoalLifecycleStatus.Active,
                    Description = new CodeableConcept { Text = plan.Goals[i] },
                    Subject = subject,
                };
                carePlan.Goal.Add(new ResourceReference("Goal/" + goal.Id));
                Add(bundle, goal);
            }

            foreach (var exercise in plan.Exercises)
            {
                carePlan.Activity.Add(new CarePlan.ActivityComponent
                {
                    Detail = new CarePlan.DetailComponent
                    {
                        Status = CarePlan.CarePlanActivityStatus.InProgress,
                        Description = exercise,
                    },
                });
            }

            Add(bundle, carePlan);
        }

        return bundle;
    }

    private static void Add(Bundle bundle, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = FhirUris.Base + "/" + resource.TypeName + "/" + resource.Id,
            Resource = resource,
        });
}

/// <summary>QuestionnaireResponses from stored cases and pain Observations from diary ratings.</summary>
internal static class PainAndAnswers
{
    /// <summary>The case as answers to <c>hipspine-intake</c>, each finding in its group as the Questionnaire has it.</summary>
    public static QuestionnaireResponse Response(AssessmentCase subject, KnowledgeBase knowledge, string id, ResourceReference patient, DateTimeOffset authored)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var response = new QuestionnaireResponse
        {
            Id = id,
            Questionnaire = FhirUris.IntakeQuestionnaire,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = patient,
            AuthoredElement = new FhirDateTime(authored),
        };
        response.Item.Add(Answer(QuestionnaireBuilder.AgeLinkId, new Integer(subject.Age)));
        if (subject.Sex is { } sex)
        {
            response.Item.Add(Answer(QuestionnaireBuilder.SexLinkId, new Coding(FhirUris.GenderSystem, sex)));
        }

        foreach (var (code, value) in subject.AnsweredFindings())
        {
            var definition = knowledge.Vocabulary.FindFinding(code);
            if (definition is null)
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
                string s => new Coding(FhirUris.AnswerSystem, s),
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
