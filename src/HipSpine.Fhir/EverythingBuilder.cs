using System.Globalization;
using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Builds a patient's resources from plain data: the Patient (id, and gender from the latest answers that give a
/// sex; HipSpine keeps an age, never a birth date), one QuestionnaireResponse per stored assessment (answers to
/// <c>hipspine-intake</c>), a RiskAssessment per stored result whose basis is that response, a pain Observation
/// (LOINC 72514-3) per diary entry, and per started plan a CarePlan with the exercises as activities and one Goal
/// per phase goal. Every resource carries <c>meta.versionId</c> (a digest of its content: HipSpine keeps only the
/// current version, so the version changes exactly when the content does) and, where the row has a time,
/// <c>meta.lastUpdated</c>. <c>$everything</c> is these resources as a searchset Bundle.
/// </summary>
internal static class EverythingBuilder
{
    public const string LoincSystem = "http://loinc.org";
    public const string PainCode = "72514-3";
    public const string PainDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>The <c>$everything</c> Bundle (type searchset); with <paramref name="since"/>, only resources updated then or later (and the Patient).</summary>
    public static Bundle Build(PatientRecord record, KnowledgeBase knowledge, DateTimeOffset now, string serverBase = FhirUris.Base, DateTimeOffset? since = null, FhirCanonical? canonical = null)
    {
        var resources = Resources(record, knowledge, canonical)
            .Where(r => r is Patient || since is null || r.Meta?.LastUpdated is not { } updated || updated >= since)
            .ToList();
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Searchset,
            Timestamp = now,
            Total = resources.Count,
        };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = serverBase + "/Patient/" + record.PatientId + "/$everything" });
        foreach (var resource in resources)
        {
            Add(bundle, resource, serverBase);
        }

        return bundle;
    }

    /// <summary>Every resource of the patient's record, each with its meta.</summary>
    public static IReadOnlyList<Resource> Resources(PatientRecord record, KnowledgeBase knowledge, FhirCanonical? canonical = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(knowledge);
        var resources = new List<(Resource Resource, DateTimeOffset? Updated)>();
        var patient = new Patient { Id = record.PatientId };
        var latestSex = record.Assessments.OrderBy(a => a.Created).Select(a => a.Case.Sex).LastOrDefault(s => s is not null);
        patient.Gender = latestSex switch
        {
            "female" => AdministrativeGender.Female,
            "male" => AdministrativeGender.Male,
            "other" => AdministrativeGender.Other,
            _ => null,
        };
        var subject = new ResourceReference("Patient/" + record.PatientId);
        resources.Add((patient, record.Assessments.Count > 0 ? record.Assessments.Max(a => a.Created) : null));

        foreach (var assessment in record.Assessments.OrderBy(a => a.Created))
        {
            var response = PainAndAnswers.Response(assessment.Case, knowledge, "qr-" + assessment.Id.ToString("D"), subject, assessment.Created, canonical);
            resources.Add((response, assessment.Created));
            var risk = RiskAssessmentBuilder.Build(assessment.Result, knowledge, assessment.Created, response, subject, canonical);
            risk.Id = "ra-" + assessment.Id.ToString("D");
            var exam = PainAndAnswers.Response(assessment.Case, knowledge, "qr-" + assessment.Id.ToString("D") + "-exam", subject, assessment.Created, canonical, exam: true);
            if (exam.Item.Count > 0)
            {
                resources.Add((exam, assessment.Created));
                risk.Basis.Add(new ResourceReference("QuestionnaireResponse/" + exam.Id));
            }

            resources.Add((risk, assessment.Created));
        }

        foreach (var pain in record.Pain.OrderBy(p => p.At))
        {
            resources.Add((PainAndAnswers.PainObservation(pain, subject), pain.At));
        }

        foreach (var plan in record.Plans)
        {
            var started = new DateTimeOffset(plan.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
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
                resources.Add((goal, started));
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

            resources.Add((carePlan, started));
        }

        foreach (var (resource, updated) in resources)
        {
            ResourceMeta.Stamp(resource, updated);
        }

        return resources.Select(r => r.Resource).ToArray();
    }

    private static void Add(Bundle bundle, Resource resource, string serverBase) =>
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = serverBase + "/" + resource.TypeName + "/" + resource.Id,
            Resource = resource,
            Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
        });
}
