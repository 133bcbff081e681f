using HipSpine.Engine.Knowledge;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// HipSpine's definitional resources, generated once from the knowledge base and served at their canonical URLs:
/// the code systems of the contract vocabulary (sources, urgencies, answer values) with a ValueSet each, the
/// StructureDefinition of the urgency extension and the OperationDefinitions of <c>$assess</c> and <c>$everything</c>.
/// </summary>
internal static class DefinitionsBuilder
{
    public const string AssessOperationId = "QuestionnaireResponse-assess";
    public const string EverythingOperationId = "Patient-everything";

    public static IReadOnlyList<Resource> Build(KnowledgeBase knowledge, FhirCanonical canonical)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var vocabulary = knowledge.Vocabulary;
        var version = knowledge.Version;
        var answers = knowledge.Questions
            .SelectMany(q => q.Definition.Values.Select(v => (Code: v, Display: q.ChoiceLabels.GetValueOrDefault(v, v))))
            .DistinctBy(a => a.Code, StringComparer.Ordinal)
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .ToArray();
        return
        [
            CodeSystem(canonical, "source", "HipSpineSource", "HipSpine sources (likely causes)", "The likely sources of hip and low back pain HipSpine ranks (docs/contract.md).", version,
                vocabulary.Sources.Select(s => (s.Id, s.Name, (string?)("Group: " + s.Group)))),
            ValueSet(canonical, "source", "HipSpineSource", "HipSpine sources (likely causes)", version),
            CodeSystem(canonical, "urgency", "HipSpineUrgency", "HipSpine urgency", "How soon to see a doctor: HipSpine's four urgency levels, most urgent first.", version,
                vocabulary.Urgencies.OrderBy(u => u.Rank).Select(u => (u.Id, u.Id, (string?)u.Meaning))),
            ValueSet(canonical, "urgency", "HipSpineUrgency", "HipSpine urgency", version),
            CodeSystem(canonical, "answer", "HipSpineAnswer", "HipSpine answer values", "The values of HipSpine's choice questions (e.g. how the pain began).", version,
                answers.Select(a => (a.Code, a.Display, (string?)null))),
            ValueSet(canonical, "answer", "HipSpineAnswer", "HipSpine answer values", version),
            UrgencyExtension(canonical, version),
            AssessOperation(canonical, version),
            EverythingOperation(canonical, version),
        ];
    }

    private static CodeSystem CodeSystem(FhirCanonical canonical, string id, string name, string title, string description, string version, IEnumerable<(string Code, string Display, string? Definition)> concepts)
    {
        var system = new CodeSystem
        {
            Id = id,
            Url = canonical.Base + "/CodeSystem/" + id,
            Version = version,
            Name = name,
            Title = title,
            Status = PublicationStatus.Active,
            Publisher = "HipSpine",
            Description = description,
            CaseSensitive = true,
            Content = CodeSystemContentMode.Complete,
            ValueSet = canonical.Base + "/ValueSet/" + id,
        };
        system.Concept.AddRange(concepts.Select(c => new CodeSystem.ConceptDefinitionComponent { Code = c.Code, Display = c.Display, Definition = c.Definition }));
        system.Count = system.Concept.Count;
        return system;
    }

    private static ValueSet ValueSet(FhirCanonical canonical, string id, string name, string title, string version) => new()
    {
        Id = id,
        Url = canonical.Base + "/ValueSet/" + id,
        Version = version,
        Name = name,
        Title = title,
        Status = PublicationStatus.Active,
        Publisher = "HipSpine",
        Description = "Every code of the CodeSystem " + canonical.Base + "/CodeSystem/" + id + ".",
        Compose = new ValueSet.ComposeComponent
        {
            Include = [new ValueSet.ConceptSetComponent { System = canonical.Base + "/CodeSystem/" + id, Version = version }],
        },
    };

    private static StructureDefinition UrgencyExtension(FhirCanonical canonical, string version) => new()
    {
        Id = "urgency",
        Url = canonical.UrgencyExtension,
        Version = version,
        Name = "HipSpineUrgency",
        Title = "HipSpine urgency",
        Status = PublicationStatus.Active,
        Publisher = "HipSpine",
        Description = "How soon the person should see a doctor, as HipSpine decided it. An extension rather than a prediction: urgency is a decision, not a probability.",
        FhirVersion = FHIRVersion.N4_0_1,
        Kind = StructureDefinition.StructureDefinitionKind.ComplexType,
        Abstract = false,
        Context = [new StructureDefinition.ContextComponent { Type = StructureDefinition.ExtensionContextType.Element, Expression = "RiskAssessment" }],
        Type = "Extension",
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/Extension",
        Derivation = StructureDefinition.TypeDerivationRule.Constraint,
        Differential = new StructureDefinition.DifferentialComponent
        {
            Element =
            [
                new ElementDefinition("Extension") { ElementId = "Extension", Short = "HipSpine urgency", Definition = "How soon to see a doctor.", Min = 0, Max = "1" },
                new ElementDefinition("Extension.extension") { ElementId = "Extension.extension", Max = "0" },
                new ElementDefinition("Extension.url") { ElementId = "Extension.url", Fixed = new FhirUri(canonical.UrgencyExtension) },
                new ElementDefinition("Extension.value[x]")
                {
                    ElementId = "Extension.value[x]",
                    Min = 1,
                    Type = [new ElementDefinition.TypeRefComponent { Code = "CodeableConcept" }],
                    Binding = new ElementDefinition.ElementDefinitionBindingComponent
                    {
                        Strength = BindingStrength.Required,
                        ValueSet = canonical.Base + "/ValueSet/urgency",
                    },
                },
            ],
        },
    };

    private static OperationDefinition AssessOperation(FhirCanonical canonical, string version) => new()
    {
        Id = AssessOperationId,
        Url = canonical.Base + "/OperationDefinition/" + AssessOperationId,
        Version = version,
        Name = "Assess",
        Title = "Assess a QuestionnaireResponse to hipspine-intake",
        Status = PublicationStatus.Active,
        Kind = OperationDefinition.OperationKind.Operation,
        Publisher = "HipSpine",
        Description = "Triage: reads the answers to hipspine-intake (the Questionnaire version must match) and returns a RiskAssessment " +
            "(status final, or preliminary for an in-progress response). Answers to items that are not enabled are refused. Nothing is stored.",
        AffectsState = false,
        Code = "assess",
        Resource = [ResourceType.QuestionnaireResponse],
        System = false,
        Type = true,
        Instance = false,
        Parameter =
        [
            Parameter("response", OperationParameterUse.In, 1, "1", FHIRAllTypes.QuestionnaireResponse, "The answers to hipspine-intake (the body may also be the QuestionnaireResponse itself)."),
            Parameter("exam", OperationParameterUse.In, 0, "1", FHIRAllTypes.QuestionnaireResponse, "A clinician's answers to hipspine-exam (examination and test findings), assessed together with the response."),
            Parameter("return", OperationParameterUse.Out, 1, "1", FHIRAllTypes.RiskAssessment, "The urgency (extension) and one prediction per likely source."),
        ],
    };

    private static OperationDefinition EverythingOperation(FhirCanonical canonical, string version) => new()
    {
        Id = EverythingOperationId,
        Url = canonical.Base + "/OperationDefinition/" + EverythingOperationId,
        Version = version,
        Name = "Everything",
        Title = "Everything HipSpine stores about a patient",
        Status = PublicationStatus.Active,
        Kind = OperationDefinition.OperationKind.Operation,
        Publisher = "HipSpine",
        Description = "A searchset Bundle: the Patient, QuestionnaireResponses, RiskAssessments, pain Observations, CarePlans and Goals.",
        AffectsState = false,
        Code = "everything",
        Base = "http://hl7.org/fhir/OperationDefinition/Patient-everything",
        Resource = [ResourceType.Patient],
        System = false,
        Type = false,
        Instance = true,
        Parameter =
        [
            Parameter("_since", OperationParameterUse.In, 0, "1", FHIRAllTypes.Instant, "Only resources changed at or after this instant (the Patient is always included)."),
            Parameter("return", OperationParameterUse.Out, 1, "1", FHIRAllTypes.Bundle, "The Bundle (type searchset)."),
        ],
    };

    private static OperationDefinition.ParameterComponent Parameter(string name, OperationParameterUse use, int min, string max, FHIRAllTypes type, string documentation) => new()
    {
        Name = name,
        Use = use,
        Min = min,
        Max = max,
        Documentation = documentation,
        Type = type,
    };
}
