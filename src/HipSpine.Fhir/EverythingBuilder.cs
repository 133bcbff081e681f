using System.Globalization;
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
