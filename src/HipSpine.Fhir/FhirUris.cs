namespace HipSpine.Fhir;

/// <summary>The canonical URLs and code systems HipSpine publishes its FHIR resources under.</summary>
public static class FhirUris
{
    /// <summary>The default canonical base (<see cref="FhirCanonical.Default"/>): the app's default address; deployments configure their own.</summary>
    public const string Base = "http://127.0.0.1:5000/fhir";

    public const string IntakeQuestionnaireId = "hipspine-intake";

    /// <summary>The clinician's Questionnaire: examination and test findings, apart from the patient's intake.</summary>
    public const string ExamQuestionnaireId = "hipspine-exam";

    /// <summary>The intake Questionnaire under the default base.</summary>
    public const string IntakeQuestionnaire = Base + "/Questionnaire/" + IntakeQuestionnaireId;

    /// <summary>Source (likely cause) ids of the contract vocabulary.</summary>
    public const string SourceSystem = Base + "/CodeSystem/source";

    /// <summary>The four urgency levels of the contract vocabulary.</summary>
    public const string UrgencySystem = Base + "/CodeSystem/urgency";

    /// <summary>
    /// Extension on RiskAssessment carrying the urgency (valueCodeableConcept in <see cref="UrgencySystem"/>).
    /// An extension rather than a prediction: the Firely validator reports an invariant error on any
    /// prediction without a probability (most likely ras-2), and urgency is a decision, not a probability.
    /// </summary>
    public const string UrgencyExtension = Base + "/StructureDefinition/urgency";

    /// <summary>The values of choice findings (e.g. <c>gradual</c>, <c>sudden</c>).</summary>
    public const string AnswerSystem = Base + "/CodeSystem/answer";

    /// <summary>HL7's administrative gender: female, male, other (and unknown, which HipSpine does not use).</summary>
    public const string GenderSystem = "http://hl7.org/fhir/administrative-gender";

    public const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";

    public const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /// <summary>The media type of FHIR JSON.</summary>
    public const string JsonContentType = "application/fhir+json";
}
